namespace Lab.Functions.EventDriven;

/// <summary>Where the generator sends a batch of trade messages (IncomingDataStream in Kinesis).</summary>
public interface ITradeSink
{
    Task SendAsync(IReadOnlyList<TradeMessage> batch, CancellationToken cancellationToken);
}
