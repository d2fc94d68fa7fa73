import type { ResourceValidationPolicy } from "@pulumi/policy";
import { configOf } from "../policyConfig";
import { TaggableTypes } from "../resourceTypes";

interface RequiredTagsConfig {
    studentTag: string;
    expiryTag: string;
}

export const requiredTags: ResourceValidationPolicy = {
    name: "required-tags",
    description:
        "Every taggable resource (DynamoDB table, Kinesis stream, IAM role and policy, Lambda function, " +
        "event source mapping, log group, EventBridge rule, SQS queue) carries the student tag and an " +
        "expiry tag holding a date. Lab environments are ephemeral and many share one account: the " +
        "tags are how an instructor finds whose resource it is and how a sweeper finds what outlived " +
        "its class when a destroy was skipped. Role policies, dashboards, event targets and Lambda " +
        "permissions take no tags and are not checked.",
    enforcementLevel: "mandatory",
    configSchema: {
        properties: {
            studentTag: { type: "string", minLength: 1, default: "student", description: "Tag key naming the student." },
            expiryTag: { type: "string", minLength: 1, default: "expiry", description: "Tag key holding the expiry time (ISO 8601)." },
        },
    },
    validateResource: (args, reportViolation) => {
        if (!TaggableTypes.has(args.type)) {
            return;
        }
        const { studentTag, expiryTag } = configOf<RequiredTagsConfig>(requiredTags, args);
        // Provider default tags reach tagsAll, not tags; either counts.
        const tags: Record<string, unknown> = { ...(args.props["tagsAll"] ?? {}), ...(args.props["tags"] ?? {}) };
        const student = tags[studentTag];
        if (typeof student !== "string" || student.trim().length === 0) {
            reportViolation(`Missing the "${studentTag}" tag (the student who owns this resource).`);
        }
        const expiry = tags[expiryTag];
        if (typeof expiry !== "string" || expiry.trim().length === 0) {
            reportViolation(`Missing the "${expiryTag}" tag (when this lab environment expires).`);
        } else if (Number.isNaN(Date.parse(expiry))) {
            reportViolation(`Tag "${expiryTag}" is "${expiry}", which is not a date; expected an ISO 8601 time such as 2026-11-28T18:00:00Z.`);
        }
    },
};
