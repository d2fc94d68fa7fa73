import type { ResourceValidationPolicy } from "@pulumi/policy";
import { configOf } from "../policyConfig";
import { ResourceTypes } from "../resourceTypes";
import { LambdaRuntimes, runtimeSupport } from "../runtimes";

interface LambdaRuntimeConfig {
    supportMarginDays: number;
}

const dayMs = 24 * 60 * 60 * 1000;

/** The policy with an injectable clock, so tests can review against a fixed date. */
export function lambdaRuntimeSupportedPolicy(today: () => Date): ResourceValidationPolicy {
    const policy: ResourceValidationPolicy = {
        name: "lambda-runtime-supported",
        description:
            "Every Lambda function uses a managed runtime that is still supported, with a margin, on the " +
            "day of review (dates: src/runtimes.ts, from the AWS Lambda runtimes page). A class reuses " +
            "the same stack for days: a runtime that reaches end of support during the class gets no " +
            "security patches, and soon after AWS blocks creating and then updating functions on it, " +
            "so a student's `pulumi up` would fail mid-lab. dotnet8 ended support on 2026-11-10; use dotnet10.",
        enforcementLevel: "mandatory",
        configSchema: {
            properties: {
                supportMarginDays: {
                    type: "integer",
                    minimum: 0,
                    default: 30,
                    description: "A runtime must stay supported at least this many days after the review.",
                },
            },
        },
        validateResource: (args, reportViolation) => {
            if (args.type !== ResourceTypes.lambdaFunction) {
                return;
            }
            if (args.props["packageType"] === "Image") {
                return; // A container image brings its own runtime.
            }
            const runtime = args.props["runtime"];
            if (typeof runtime !== "string" || runtime.length === 0) {
                reportViolation("The function declares no runtime; use \"dotnet10\".");
                return;
            }
            const support = runtimeSupport(runtime);
            if (support === undefined) {
                const known = LambdaRuntimes.map(r => r.runtime).join(", ");
                reportViolation(`Runtime "${runtime}" is not in the pack's runtime table (${known}); add it with its deprecation date from the AWS Lambda runtimes page, or use "dotnet10".`);
                return;
            }
            const { supportMarginDays } = configOf<LambdaRuntimeConfig>(policy, args);
            const now = today();
            const endOfSupport = new Date(`${support.deprecation}T00:00:00Z`);
            if (endOfSupport.getTime() <= now.getTime()) {
                reportViolation(`Runtime "${runtime}" reached end of support on ${support.deprecation}; use "dotnet10".`);
            } else if (endOfSupport.getTime() - now.getTime() < supportMarginDays * dayMs) {
                reportViolation(`Runtime "${runtime}" reaches end of support on ${support.deprecation}, within the ${supportMarginDays}-day margin; move to a newer runtime.`);
            }
        },
    };
    return policy;
}

export const lambdaRuntimeSupported = lambdaRuntimeSupportedPolicy(() => new Date());
