import type { StackValidationPolicy } from "@pulumi/policy";
import { physicalName, ResourceTypes } from "../resourceTypes";

export const lambdaLogGroup: StackValidationPolicy = {
    name: "lambda-log-group-declared",
    description:
        "Every Lambda function has its log group declared in the stack (\"/aws/lambda/<function name>\", " +
        "or the group named in its loggingConfig) with a retention. Otherwise Lambda creates the group " +
        "itself on the first invocation: it is not in the stack, `pulumi destroy` leaves it behind with " +
        "logs kept forever, and the next student environment with the same name inherits it.",
    enforcementLevel: "mandatory",
    validateStack: (args, reportViolation) => {
        const logGroups = new Map<string, Record<string, any>>();
        for (const r of args.resources.filter(r => r.type === ResourceTypes.logGroup)) {
            if (typeof r.props["name"] === "string") {
                logGroups.set(r.props["name"], r.props);
            }
        }
        for (const fn of args.resources.filter(r => r.type === ResourceTypes.lambdaFunction)) {
            const custom = fn.props["loggingConfig"]?.["logGroup"];
            const expected = typeof custom === "string" && custom.length > 0 ? custom : `/aws/lambda/${physicalName(fn)}`;
            const group = logGroups.get(expected);
            if (group === undefined) {
                reportViolation(`Function "${physicalName(fn)}" has no declared log group "${expected}"; declare an aws.cloudwatch.LogGroup with that name and a retentionInDays.`, fn.urn);
                continue;
            }
            const retention = group["retentionInDays"];
            if (typeof retention !== "number" || retention <= 0) {
                reportViolation(`Log group "${expected}" of function "${physicalName(fn)}" has no retention (retentionInDays ${retention === undefined ? "unset" : retention}; 0 or unset keeps logs forever); set retentionInDays.`, fn.urn);
            }
        }
    },
};
