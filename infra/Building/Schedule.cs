using Pulumi;
using Aws = Pulumi.Aws;

namespace Lab.Infra.Building;

/// <summary>An EventBridge schedule that invokes a function; disabled (not removed) when schedules are off.</summary>
public static class Schedule
{
    public static Aws.CloudWatch.EventRule Invoke(LabFunction target, string expression, StudentContext student, LabComponent parent)
    {
        var name = target.Spec.Name;
        var rule = parent.Adopt(new Aws.CloudWatch.EventRule($"{name}-schedule", new Aws.CloudWatch.EventRuleArgs
        {
            Name = student.Naming.Name($"{name}-schedule", Naming.NameLimits.EventRule, "EventBridge rule"),
            Description = $"Invokes {name} on {expression} (config schedulesEnabled).",
            ScheduleExpression = expression,
            State = student.Config.SchedulesEnabled ? "ENABLED" : "DISABLED",
            Tags = student.Tags(parent.Lab),
        }, parent.ChildOptions()));

        var permission = parent.Adopt(new Aws.Lambda.Permission($"{name}-invoked-by-schedule", new Aws.Lambda.PermissionArgs
        {
            Action = "lambda:InvokeFunction",
            Function = target.Function.Name,
            Principal = "events.amazonaws.com",
            SourceArn = rule.Arn,
        }, parent.ChildOptions()));

        parent.Adopt(new Aws.CloudWatch.EventTarget($"{name}-schedule-target", new Aws.CloudWatch.EventTargetArgs
        {
            Rule = rule.Name,
            Arn = target.Function.Arn,
            TargetId = name,
        }, parent.ChildOptions(permission)));
        return rule;
    }
}
