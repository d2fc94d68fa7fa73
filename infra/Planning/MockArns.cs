using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Lab.Infra.Planning;

/// <summary>
/// The outputs AWS would compute for a declared resource (ARNs, URLs, ids), derived only from its
/// inputs so that an offline plan is the same every time it is evaluated.
/// </summary>
public sealed class MockArns(string region, string accountId)
{
    public const string StreamLabel = "2026-01-01T00:00:00.000";

    public string Region { get; } = region;
    public string AccountId { get; } = accountId;

    public ImmutableDictionary<string, object> Outputs(string type, string logicalName, ImmutableDictionary<string, object> inputs)
    {
        var name = inputs.TryGetValue("name", out var n) && n is string s ? s : logicalName;
        var outputs = ImmutableDictionary<string, object>.Empty;
        switch (type)
        {
            case "aws:dynamodb/table:Table":
                var tableArn = $"arn:aws:dynamodb:{Region}:{AccountId}:table/{name}";
                outputs = outputs.Add("arn", tableArn);
                if (inputs.TryGetValue("streamEnabled", out var enabled) && enabled is true)
                    outputs = outputs.Add("streamArn", $"{tableArn}/stream/{StreamLabel}").Add("streamLabel", StreamLabel);
                break;
            case "aws:kinesis/stream:Stream":
                outputs = outputs.Add("arn", $"arn:aws:kinesis:{Region}:{AccountId}:stream/{name}");
                break;
            case "aws:iam/role:Role":
                outputs = outputs.Add("arn", $"arn:aws:iam::{AccountId}:role/{name}").Add("uniqueId", $"AROA{Hex(name, 16).ToUpperInvariant()}");
                break;
            case "aws:lambda/function:Function":
                var functionArn = $"arn:aws:lambda:{Region}:{AccountId}:function:{name}";
                outputs = outputs.Add("arn", functionArn)
                    .Add("invokeArn", $"arn:aws:apigateway:{Region}:lambda:path/2015-03-31/functions/{functionArn}/invocations");
                break;
            case "aws:lambda/eventSourceMapping:EventSourceMapping":
                var uuid = Guid(logicalName);
                outputs = outputs.Add("uuid", uuid).Add("arn", $"arn:aws:lambda:{Region}:{AccountId}:event-source-mapping:{uuid}");
                break;
            case "aws:cloudwatch/logGroup:LogGroup":
                outputs = outputs.Add("arn", $"arn:aws:logs:{Region}:{AccountId}:log-group:{name}");
                break;
            case "aws:cloudwatch/eventRule:EventRule":
                outputs = outputs.Add("arn", $"arn:aws:events:{Region}:{AccountId}:rule/{name}");
                break;
            case "aws:cloudwatch/dashboard:Dashboard":
                var dashboard = inputs.TryGetValue("dashboardName", out var d) ? d : logicalName;
                outputs = outputs.Add("dashboardArn", $"arn:aws:cloudwatch::{AccountId}:dashboard/{dashboard}");
                break;
            case "aws:sqs/queue:Queue":
                outputs = outputs.Add("arn", $"arn:aws:sqs:{Region}:{AccountId}:{name}")
                    .Add("url", $"https://sqs.{Region}.amazonaws.com/{AccountId}/{name}");
                break;
            case "random:index/randomId:RandomId":
                // Stable per student, like the real suffix once created.
                var keepers = inputs.TryGetValue("keepers", out var k) ? k as IImmutableDictionary<string, object> : null;
                var seed = keepers is not null && keepers.TryGetValue("student", out var student) ? $"{student}" : logicalName;
                var byteLength = inputs.TryGetValue("byteLength", out var b) ? Convert.ToInt32(b) : 4;
                var hex = Hex(seed, byteLength * 2);
                var bytes = Convert.FromHexString(hex);
                outputs = outputs.Add("hex", hex).Add("b64Std", Convert.ToBase64String(bytes))
                    .Add("b64Url", Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_'))
                    .Add("dec", new System.Numerics.BigInteger(bytes, isUnsigned: true, isBigEndian: true).ToString());
                break;
        }
        if (!inputs.ContainsKey("name") && type.StartsWith("aws:", StringComparison.Ordinal) && type != "aws:cloudwatch/dashboard:Dashboard")
            outputs = outputs.Add("name", name);
        return outputs;
    }

    private static string Hex(string seed, int length) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..length].ToLowerInvariant();

    private static string Guid(string seed) => new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(seed))[..16]).ToString();
}
