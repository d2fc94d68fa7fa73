using System.Text;

namespace Lab.Streams.Tests;

/// <summary>One case of AWS's SigV4 test suite: the .req request and the expected .creq/.sts/.authz.</summary>
public sealed record SigV4SuiteCase(
    string Name,
    string Method,
    string PathAndQuery,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[] Body,
    string ExpectedCanonicalRequest,
    string ExpectedStringToSign,
    string ExpectedAuthorization)
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "sigv4");

    public static SigV4SuiteCase Load(string name)
    {
        var dir = Path.Combine(Folder, name);
        string Read(string ext) => File.ReadAllText(Path.Combine(dir, $"{name}.{ext}"), Encoding.UTF8).Replace("\r\n", "\n");

        var request = Read("req");
        var blank = request.IndexOf("\n\n", StringComparison.Ordinal);
        var head = blank < 0 ? request : request[..blank];
        var body = blank < 0 ? "" : request[(blank + 2)..];
        var lines = head.Split('\n');

        // "METHOD target HTTP/1.1": the target may itself contain spaces (get-space).
        var requestLine = lines[0];
        var method = requestLine[..requestLine.IndexOf(' ')];
        var target = requestLine[(method.Length + 1)..requestLine.LastIndexOf(' ')];

        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) throw new FormatException($"{name}.req: header line '{line}' has no 'name:value' form.");
            headers.Add(new(line[..colon], line[(colon + 1)..]));
        }

        return new SigV4SuiteCase(name, method, target, headers, Encoding.UTF8.GetBytes(body), Read("creq"), Read("sts"), Read("authz"));
    }

    public override string ToString() => Name;
}
