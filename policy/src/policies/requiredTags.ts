import type { ResourceValidationPolicy } from "@pulumi/policy";
import { configOf } from "../policyConfig";
import { TaggableTypes } from "../resourceTypes";

// ISO 8601 basic format in UTC, what the stack writes (20261128T180000Z): Kinesis refuses ':' in tag values.
const BasicUtc = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** Milliseconds since the epoch of an ISO 8601 time (basic or extended format), or NaN. */
export function parseExpiry(value: string): number {
    const basic = BasicUtc.exec(value);
    if (basic) {
        const [, y, mo, d, h, mi, s] = basic.map(Number);
        const time = Date.UTC(y, mo - 1, d, h, mi, s);
        const back = new Date(time);
        // Date.UTC rolls 2026-02-31 over into March; a real date comes back unchanged.
        return back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && h < 24 && mi < 60 && s < 60 ? time : NaN;
    }
    return /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : NaN;
}

// Characters a service refuses in tag values beyond the general rules (letters, digits, spaces, _ . : / = + - @):
// Kinesis has no ':' (https://docs.aws.amazon.com/kinesis/latest/APIReference/API_Tag.html), DynamoDB no '@'
// (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/TaggingRestrictions.html).
const RefusedInTagValues: Record<string, string[]> = {
    "aws:kinesis/stream:Stream": [":"],
    "aws:dynamodb/table:Table": ["@"],
};

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
            expiryTag: { type: "string", minLength: 1, default: "expiry", description: "Tag key holding the expiry time (ISO 8601, e.g. 20261128T180000Z)." },
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
        } else if (Number.isNaN(parseExpiry(expiry))) {
            reportViolation(`Tag "${expiryTag}" is "${expiry}", which is not a date; expected an ISO 8601 UTC time such as 20261128T180000Z.`);
        }
        for (const [key, value] of Object.entries(tags)) {
            const refused = (RefusedInTagValues[args.type] ?? []).filter(c => typeof value === "string" && value.includes(c));
            if (refused.length > 0) {
                reportViolation(`Tag "${key}" is "${value}": ${args.type} refuses ${refused.map(c => `'${c}'`).join(", ")} in tag values; the deployment would fail.`);
            }
        }
    },
};
