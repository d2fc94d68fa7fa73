using System.Collections.Immutable;

namespace Lab.Infra.Building;

/// <summary>
/// Scales the workshop's capacity figures and adds up what they cost. Prices: DynamoDB provisioned
/// capacity, Standard table class, us-east-1 list price ($0.00065 per WCU-hour, $0.00013 per
/// RCU-hour; AWS DynamoDB pricing page). Other regions cost somewhat more.
/// </summary>
public sealed class ProvisionedCapacity(double scale)
{
    public const string PriceRegion = "us-east-1";
    public const double ReadUnitHourUsd = 0.00013;
    public const double WriteUnitHourUsd = 0.00065;

    public double Scale { get; } = scale;
    public int ReadUnits { get; private set; }
    public int WriteUnits { get; private set; }

    /// <summary>Scaled units (never below 1, DynamoDB's minimum), counted towards the total.</summary>
    public (int Read, int Write) Provision(int read, int write)
    {
        var scaled = (Scaled(read), Scaled(write));
        ReadUnits += scaled.Item1;
        WriteUnits += scaled.Item2;
        return scaled;
    }

    public double HourlyCostUsd => Math.Round(ReadUnits * ReadUnitHourUsd + WriteUnits * WriteUnitHourUsd, 5);

    public ImmutableSortedDictionary<string, object> Summary() => new SortedDictionary<string, object>
    {
        ["scale"] = Scale,
        ["readCapacityUnits"] = ReadUnits,
        ["writeCapacityUnits"] = WriteUnits,
        ["hourlyCostUsd"] = HourlyCostUsd,
        ["priceRegion"] = PriceRegion,
        ["readUnitHourUsd"] = ReadUnitHourUsd,
        ["writeUnitHourUsd"] = WriteUnitHourUsd,
    }.ToImmutableSortedDictionary();

    private int Scaled(int units) => Math.Max(1, (int)Math.Ceiling(units * Scale));
}
