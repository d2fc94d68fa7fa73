import type { ResourceValidationPolicy } from "@pulumi/policy";
import { configOf } from "../policyConfig";
import {
    declaredPolicyDocuments, describeStatement, hasWildcard, isWildcardResource, parsePolicyDocument,
} from "../iamDocument";

interface IamNoWildcardsConfig {
    actionsAllowedOnAnyResource: string[];
}

export const iamNoWildcards: ResourceValidationPolicy = {
    name: "iam-no-wildcards",
    description:
        "Every Allow statement in a role policy, managed policy or role inline policy lists exact " +
        "actions (no \"*\", \"dynamodb:*\", \"dynamodb:Get*\", no NotAction) on named resources (no \"*\", " +
        "no \"table/*\", no name prefix such as \"table/GameScores-*\", no NotResource). All students' " +
        "environments share one account, so a wildcard lets one student's function read or delete " +
        "another student's tables and streams. The only wildcards allowed are the tails AWS makes " +
        "necessary on one named resource: \"<table>/stream/*\", \"<table>/index/*\" and \"<log group>:*\".",
    enforcementLevel: "mandatory",
    configSchema: {
        properties: {
            actionsAllowedOnAnyResource: {
                type: "array",
                items: { type: "string" },
                default: [],
                description: "Actions AWS only authorizes on \"*\" that a statement may grant on \"*\" (e.g. kinesis:ListStreams).",
            },
        },
    },
    validateResource: (args, reportViolation) => {
        const config = configOf<IamNoWildcardsConfig>(iamNoWildcards, args);
        const allowedOnAny = new Set(config.actionsAllowedOnAnyResource.map(a => a.toLowerCase()));
        for (const declared of declaredPolicyDocuments(args.type, args.props)) {
            const parsed = parsePolicyDocument(declared.document);
            if ("error" in parsed) {
                reportViolation(`IAM document in ${declared.location} ${parsed.error}.`);
                continue;
            }
            for (const s of parsed.statements.filter(st => st.effect === "Allow")) {
                const where = `${declared.location} ${describeStatement(s)}`;
                if (s.notActions.length > 0) {
                    reportViolation(`${where} uses NotAction, which allows every other action; list the actions instead.`);
                }
                if (s.notResources.length > 0) {
                    reportViolation(`${where} uses NotResource, which allows every other resource; list the resource ARNs instead.`);
                }
                for (const action of s.actions.filter(hasWildcard)) {
                    reportViolation(`${where} allows the wildcard action "${action}"; list the exact actions the function needs.`);
                }
                const everyActionMayUseAny =
                    s.actions.length > 0 && s.actions.every(a => allowedOnAny.has(a.toLowerCase()));
                for (const resource of s.resources.filter(isWildcardResource)) {
                    if (!everyActionMayUseAny) {
                        reportViolation(`${where} allows ${s.actions.join(", ") || "its actions"} on the wildcard resource "${resource}"; name the exact ARNs.`);
                    }
                }
            }
        }
    },
};
