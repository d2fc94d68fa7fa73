namespace Lab.Infra.Packaging;

/// <summary>
/// An exclusive lock on a file, across processes (on Linux and macOS .NET takes an advisory flock for
/// FileShare.None), waited for with a deadline.
/// </summary>
public sealed class PublishLock : IDisposable
{
    private readonly FileStream _stream;

    private PublishLock(FileStream stream) => _stream = stream;

    public static PublishLock Acquire(string path, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new PublishLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
            catch (IOException error)
            {
                throw new TimeoutException(
                    $"Another run has held {path} for over {timeout.TotalMinutes:0} minutes while publishing functions/; " +
                    $"wait for it to finish, or delete the file if no other `pulumi`/`lab` process is running ({error.Message}).", error);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
