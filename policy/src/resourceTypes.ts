// Pulumi type tokens of the AWS resources the lab stack declares (the provider schema of
// @pulumi/aws 7.48.0), written once so every policy and the offline runner agree on them.
export const ResourceTypes = {
    table: "aws:dynamodb/table:Table",
    kinesisStream: "aws:kinesis/stream:Stream",
    role: "aws:iam/role:Role",
    rolePolicy: "aws:iam/rolePolicy:RolePolicy",
    iamPolicy: "aws:iam/policy:Policy",
    lambdaFunction: "aws:lambda/function:Function",
    eventSourceMapping: "aws:lambda/eventSourceMapping:EventSourceMapping",
    logGroup: "aws:cloudwatch/logGroup:LogGroup",
    eventRule: "aws:cloudwatch/eventRule:EventRule",
    eventTarget: "aws:cloudwatch/eventTarget:EventTarget",
    dashboard: "aws:cloudwatch/dashboard:Dashboard",
    queue: "aws:sqs/queue:Queue",
    lambdaPermission: "aws:lambda/permission:Permission",
} as const;

// The types we use that accept `tags` in the 7.48.0 schema. Not taggable (no `tags` input), so
// deliberately absent: iam/rolePolicy, cloudwatch/dashboard, cloudwatch/eventTarget,
// lambda/permission.
export const TaggableTypes: ReadonlySet<string> = new Set([
    ResourceTypes.table,
    ResourceTypes.kinesisStream,
    ResourceTypes.role,
    ResourceTypes.iamPolicy,
    ResourceTypes.lambdaFunction,
    ResourceTypes.eventSourceMapping,
    ResourceTypes.logGroup,
    ResourceTypes.eventRule,
    ResourceTypes.queue,
]);

/** The AWS name a resource declares (its `name` input), falling back to the Pulumi name. */
export function physicalName(resource: { name: string; props: Record<string, any> }): string {
    const declared = resource.props["name"];
    return typeof declared === "string" && declared.length > 0 ? declared : resource.name;
}

/**
 * The name at the end of an ARN or a bare name: "arn:aws:iam::1:role/path/r" → "r",
 * "arn:aws:lambda:r:1:function:f:live" → "f" (qualifier dropped), "f" → "f".
 */
export function nameFromArnOrName(value: string): string {
    if (!value.startsWith("arn:")) {
        return value;
    }
    const resourcePart = value.split(":").slice(5).join(":");
    if (resourcePart.startsWith("function:")) {
        return resourcePart.split(":")[1] ?? resourcePart;
    }
    const segments = resourcePart.split("/");
    return segments[segments.length - 1];
}
