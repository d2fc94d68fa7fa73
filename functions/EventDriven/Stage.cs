using Lab.Functions.Shared;

namespace Lab.Functions.EventDriven;

/// <summary>
/// Which version of the workshop the functions run: Start is its starting point (unconditional StateLambda write,
/// random MessageId without condition in MapLambda, no ClientRequestToken in ReduceLambda); Solution is exactly-once.
/// </summary>
public enum Stage
{
    Solution,
    Start,
}

public static class StageSetting
{
    public const string Variable = "STAGE";

    public static Stage Read(FunctionSettings settings) => settings.Optional(Variable)?.ToLowerInvariant() switch
    {
        null or "solution" => Stage.Solution,
        "start" => Stage.Start,
        var other => throw new InvalidOperationException(
            $"{settings.FunctionName}: environment variable {Variable}='{other}' is not valid; expected solution or start."),
    };
}
