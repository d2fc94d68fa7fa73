namespace Lab.Cli;

/// <summary>Output files are checked before any work starts: a run must not fail at its very end over an unwritable path.</summary>
public static class OutputPaths
{
    /// <summary>Creates the file's folder and proves the file can be written; a usage error (exit 2) naming the option otherwise.</summary>
    public static string EnsureWritable(FileInfo file, string option)
    {
        var existed = file.Exists;
        try
        {
            Directory.CreateDirectory(file.DirectoryName!);
            using (new FileStream(file.FullName, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
            {
            }
            if (!existed) File.Delete(file.FullName);
            return file.FullName;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{option} {file.FullName}: cannot write there ({error.Message}); choose a writable path.");
        }
    }
}
