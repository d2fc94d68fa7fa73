using Pulumi;
using Aws = Pulumi.Aws;

namespace Lab.Infra.Building;

/// <summary>
/// An EventBridge schedule that invokes a function; disabled (not removed) when schedules are off.
/// EventBridge invokes asynchronously, and Lambda retries a failed asynchronous invocation twice by
/// default (https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html): a retried
/// generator run would send its messages again and the lab's expected totals would no longer hold, so a
/// scheduled function is never retried and a stale event is dropped (the next tick comes anyway).
/// </summary>
public static class Schedule
{
    /// <summary>Lambda's lower bound for MaximumEventAgeInSeconds (60–21600); the schedule's next tick replaces a dropped event.</summary>
    public const int MaximumEventAgeSeconds = 60;

    /// <param name="downstream">What the function's output flows into (event source mappings): the rule waits for them
    /// and for the no-retry config, so the first run is neither retried nor written into a stream nobody reads yet.</param>
    public static Aws.CloudWatch.EventRule Invoke(LabFunction target, string expression, StudentContext student, LabComponent parent,
        params Resource[] downstream)
    {
        var name = target.Spec.Name;
        var noRetries = parent.Declare(options => new Aws.Lambda.FunctionEventInvokeConfig($"{name}-no-async-retries", new Aws.Lambda.FunctionEventInvokeConfigArgs
        {
            FunctionName = target.Function.Name,
            MaximumRetryAttempts = 0,
            MaximumEventAgeInSeconds = MaximumEventAgeSeconds,
        }, options));

        var rule = parent.Declare(options => new Aws.CloudWatch.EventRule($"{name}-schedule", new Aws.CloudWatch.EventRuleArgs
        {
            Name = student.Naming.Name($"{name}-schedule", Naming.NameLimits.EventRule, "EventBridge rule"),
            Description = $"Invokes {name} on {expression} (config schedulesEnabled).",
            ScheduleExpression = expression,
            State = student.Config.SchedulesEnabled ? "ENABLED" : "DISABLED",
            Tags = student.Tags(parent.Lab),
        }, options), [noRetries, .. downstream]);

        var permission = parent.Declare(options => new Aws.Lambda.Permission($"{name}-invoked-by-schedule", new Aws.Lambda.PermissionArgs
        {
            Action = "lambda:InvokeFunction",
            Function = target.Function.Name,
            Principal = "events.amazonaws.com",
            SourceArn = rule.Arn,
        }, options));

        parent.Declare(options => new Aws.CloudWatch.EventTarget($"{name}-schedule-target", new Aws.CloudWatch.EventTargetArgs
        {
            Rule = rule.Name,
            Arn = target.Function.Arn,
            TargetId = name,
        }, options), permission);
        return rule;
    }
}
