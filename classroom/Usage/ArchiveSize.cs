using System.Collections.Concurrent;
using System.IO.Compression;

namespace Lab.Classroom.Usage;

/// <summary>
/// What a function's code costs in Lambda's code storage: the zipped size of the archive folder, measured by zipping
/// it as Pulumi uploads a FileArchive (one entry per file, deflated).
/// </summary>
public static class ArchiveSize
{
    private static readonly ConcurrentDictionary<string, long> Measured = new();

    public static long ZippedBytes(string folder) => Measured.GetOrAdd(Path.GetFullPath(folder), Measure);

    private static long Measure(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"The functions' archive folder '{folder}' does not exist; run `lab plan` to publish it.");
        var counter = new CountingStream();
        using (var zip = new ZipArchive(counter, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry(Path.GetRelativePath(folder, file).Replace('\\', '/'), CompressionLevel.Optimal);
                using var target = entry.Open();
                using var source = File.OpenRead(file);
                source.CopyTo(target);
            }
        }
        return counter.Length;
    }

    /// <summary>Counts what is written and keeps none of it: only the size matters.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
