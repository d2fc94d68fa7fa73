using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Lab.Functions.EventDriven;

/// <summary>
/// The workshop's deliberate failures: a percentage read from ParameterTable (item parameter = name, attribute
/// value) on each invocation, so instructors change it without redeploying. Missing item → 0 %; a value that is not a
/// number from 0 to 100 → 0 % with a warning.
/// </summary>
public sealed class FailureInjection
{
    public const string StatePct = "FAILURE_STATE_LAMBDA_PCT";
    public const string MapPct = "FAILURE_MAP_LAMBDA_PCT";
    public const string ReducePct = "FAILURE_REDUCE_LAMBDA_PCT";

    private readonly IAmazonDynamoDB dynamoDb;
    private readonly string parameterTable;
    private readonly Random random;

    public FailureInjection(IAmazonDynamoDB dynamoDb, string parameterTable, Random random)
    {
        this.dynamoDb = dynamoDb;
        this.parameterTable = parameterTable;
        this.random = random;
    }

    /// <summary>The parameter's percentage; a value that is not a number from 0 to 100 counts as 0, with a warning, so a
    /// typo in ParameterTable never fails every invocation.</summary>
    public async Task<double> ReadPercentAsync(string parameter, Amazon.Lambda.Core.ILambdaLogger logger)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = parameterTable,
            Key = new Dictionary<string, AttributeValue> { ["parameter"] = new AttributeValue { S = parameter } },
        });
        if (response.Item is not { Count: > 0 } item || !item.TryGetValue("value", out var value))
        {
            return 0;
        }
        var text = value.N ?? value.S;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var pct) && pct is >= 0 and <= 100)
        {
            return pct;
        }
        logger.LogWarning($"ParameterTable {parameterTable}: parameter {parameter} has value '{text}'; expected a number from 0 to 100. Injecting no failures (0 %).");
        return 0;
    }

    /// <summary>True with probability percent/100 (uniform(0,100) &lt; percent, as the seed).</summary>
    public bool Strikes(double percent) => random.NextDouble() * 100 < percent;

    public static Exception Failure(string where) => new InjectedFailureException($"Manually Introduced Random Failure! ({where})");
}

public sealed class InjectedFailureException : Exception
{
    public InjectedFailureException(string message) : base(message)
    {
    }
}
