using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Lab.Streams;

/// <summary>The intermediate and final products of signing, exposed so they can be checked against AWS's test suite.</summary>
public sealed record SigV4Signature(string CanonicalRequest, string StringToSign, string Authorization);

/// <summary>
/// AWS Signature Version 4 (header form) for non-S3 services: URI paths are normalised and encoded once.
/// The caller supplies every header to sign, including Host, X-Amz-Date and X-Amz-Security-Token.
/// </summary>
public static class SigV4Signer
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>"yyyyMMddTHHmmssZ", the X-Amz-Date format.</summary>
    public static string FormatAmzDate(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <param name="pathAndQuery">The request target as sent, e.g. "/" or "/?Param1=value1"; not yet percent-encoded.</param>
    public static SigV4Signature Sign(
        string method,
        string pathAndQuery,
        IEnumerable<KeyValuePair<string, string>> headers,
        ReadOnlySpan<byte> body,
        AwsCredentials credentials,
        string region,
        string service,
        DateTimeOffset time)
    {
        var queryStart = pathAndQuery.IndexOf('?');
        var path = queryStart < 0 ? pathAndQuery : pathAndQuery[..queryStart];
        var query = queryStart < 0 ? "" : pathAndQuery[(queryStart + 1)..];

        var canonicalHeaders = CanonicalHeaders(headers);
        var signedHeaders = string.Join(';', canonicalHeaders.Keys);
        var canonicalRequest = string.Join('\n',
            method.ToUpperInvariant(),
            CanonicalPath(path),
            CanonicalQuery(query),
            string.Concat(canonicalHeaders.Select(h => $"{h.Key}:{h.Value}\n")),
            signedHeaders,
            HexSha256(body));

        var amzDate = FormatAmzDate(time);
        var date = amzDate[..8];
        var scope = $"{date}/{region}/{service}/aws4_request";
        var stringToSign = string.Join('\n', Algorithm, amzDate, scope, HexSha256(Encoding.UTF8.GetBytes(canonicalRequest)));

        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + credentials.SecretAccessKey), date);
        key = Hmac(key, region);
        key = Hmac(key, service);
        key = Hmac(key, "aws4_request");
        var signature = Convert.ToHexStringLower(Hmac(key, stringToSign));

        var authorization = $"{Algorithm} Credential={credentials.AccessKeyId}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";
        return new SigV4Signature(canonicalRequest, stringToSign, authorization);
    }

    /// <summary>Lower-case names, sorted; repeated headers joined with commas in the order given; values trimmed with inner runs of spaces collapsed.</summary>
    private static SortedDictionary<string, string> CanonicalHeaders(IEnumerable<KeyValuePair<string, string>> headers)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in headers)
        {
            var key = name.Trim().ToLowerInvariant();
            var canonicalValue = CollapseSpaces(value);
            result[key] = result.TryGetValue(key, out var previous) ? previous + "," + canonicalValue : canonicalValue;
        }
        return result;
    }

    private static string CollapseSpaces(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value.Trim())
        {
            if (c is ' ' or '\t') { pendingSpace = true; continue; }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>RFC 3986 dot-segment removal and empty-segment collapsing, then each segment encoded once.</summary>
    private static string CanonicalPath(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..") { if (segments.Count > 0) segments.RemoveAt(segments.Count - 1); continue; }
            segments.Add(UriEncode(Uri.UnescapeDataString(segment)));
        }
        var joined = "/" + string.Join('/', segments);
        return segments.Count > 0 && path.EndsWith('/') ? joined + "/" : joined;
    }

    /// <summary>Parameters encoded, then sorted by name and value; a parameter without '=' gets an empty value.</summary>
    private static string CanonicalQuery(string query)
    {
        if (query.Length == 0) return "";
        var pairs = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(parameter =>
        {
            var equals = parameter.IndexOf('=');
            var name = equals < 0 ? parameter : parameter[..equals];
            var value = equals < 0 ? "" : parameter[(equals + 1)..];
            return (Name: UriEncode(Uri.UnescapeDataString(name)), Value: UriEncode(Uri.UnescapeDataString(value)));
        });
        return string.Join('&', pairs
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={p.Value}"));
    }

    /// <summary>Percent-encodes every byte of the UTF-8 form except the unreserved characters A-Z a-z 0-9 - _ . ~.</summary>
    public static string UriEncode(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_' or '.' or '~')
                builder.Append(c);
            else
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    public static string HexSha256(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));
}
