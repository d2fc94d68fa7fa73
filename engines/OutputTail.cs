using System.Diagnostics;

namespace Lab.Engines;

/// <summary>Keeps the last lines an engine wrote, so a failed start can quote them.</summary>
internal sealed class OutputTail
{
    private const int MaxLines = 40;
    private readonly Queue<string> lines = new();

    // Both pipes must be drained even when nobody reads them, or a chatty engine blocks on a full pipe.
    public void Attach(Process process)
    {
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public bool Contains(string text)
    {
        lock (lines) return lines.Any(l => l.Contains(text, StringComparison.OrdinalIgnoreCase));
    }

    public override string ToString()
    {
        lock (lines) return lines.Count == 0 ? "(no output)" : string.Join(Environment.NewLine, lines);
    }

    private void Add(string? line)
    {
        if (line is null) return;
        lock (lines)
        {
            lines.Enqueue(line);
            while (lines.Count > MaxLines) lines.Dequeue();
        }
    }
}
