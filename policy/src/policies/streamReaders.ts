import type { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import {
    declaredPolicyDocuments, describeStatement, iamPatternMatches, parsePolicyDocument,
} from "../iamDocument";
import { nameFromArnOrName, physicalName, ResourceTypes } from "../resourceTypes";

// Actions that read a stream's records. Describing or listing a stream reveals no data and is not
// counted; writing (PutRecord/PutRecords) needs none of these, so a producer such as GeneratorLambda
// needs no read grant and gets no exemption.
const streamReadActions = [
    "dynamodb:GetRecords", "dynamodb:GetShardIterator",
    "kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:SubscribeToShard",
];

interface StreamGrant {
    role: string;
    where: string;
    resource: string;
    urn: string;
}

export const streamReaders: StackValidationPolicy = {
    name: "stream-readers-need-the-stream",
    description:
        "A role may read a DynamoDB or Kinesis stream (GetRecords, GetShardIterator, SubscribeToShard) " +
        "only if one of the functions that run as that role has an event source mapping from that " +
        "stream, and a read grant may not also cover a stream that another role's function consumes. " +
        "Stream records carry every change to a student's items; a role that reads a stream it does " +
        "not process is either a copy-paste leftover or a path to another function's data. Writers " +
        "(e.g. the generator that puts records on a Kinesis stream) need no read action, so they get " +
        "no exemption.",
    enforcementLevel: "mandatory",
    validateStack: (args, reportViolation) => {
        const roles = args.resources.filter(r => r.type === ResourceTypes.role);
        const functions = args.resources.filter(r => r.type === ResourceTypes.lambdaFunction);
        const mappings = args.resources.filter(r => r.type === ResourceTypes.eventSourceMapping);

        // Which stream ARNs each role consumes, through its functions' event source mappings.
        const consumedByRole = new Map<string, Set<string>>();
        for (const mapping of mappings) {
            const source = mapping.props["eventSourceArn"];
            const target = mapping.props["functionName"];
            if (typeof source !== "string" || typeof target !== "string") {
                continue;
            }
            const fn = functions.find(f => physicalName(f) === nameFromArnOrName(target) || f.name === target);
            const roleArn = fn?.props["role"];
            if (typeof roleArn !== "string") {
                continue;
            }
            const role = nameFromArnOrName(roleArn);
            consumedByRole.set(role, (consumedByRole.get(role) ?? new Set()).add(source));
        }

        for (const grant of streamGrants(args.resources, roles)) {
            const own = [...(consumedByRole.get(grant.role) ?? [])];
            if (!own.some(arn => iamPatternMatches(grant.resource, arn))) {
                reportViolation(`Role "${grant.role}" may read the stream "${grant.resource}" (${grant.where}), but none of its functions has an event source mapping from it; drop the grant.`, grant.urn);
            }
            for (const [otherRole, streams] of consumedByRole) {
                if (otherRole === grant.role) {
                    continue;
                }
                for (const arn of [...streams].filter(a => !own.includes(a) && iamPatternMatches(grant.resource, a))) {
                    reportViolation(`Role "${grant.role}" may read "${arn}" through "${grant.resource}" (${grant.where}), a stream only role "${otherRole}" consumes; name the role's own stream.`, grant.urn);
                }
            }
        }
    },
};

/** Every (role, resource) a stream-read action is allowed on, from role policies and inline policies. */
function streamGrants(resources: PolicyResource[], roles: PolicyResource[]): StreamGrant[] {
    const grants: StreamGrant[] = [];
    for (const r of resources) {
        let role: string | undefined;
        if (r.type === ResourceTypes.rolePolicy && typeof r.props["role"] === "string") {
            const declared = nameFromArnOrName(r.props["role"]);
            // The role input holds the role's name (or id, which for IAM roles is the name).
            const owner = roles.find(x => physicalName(x) === declared || x.name === declared);
            role = owner ? physicalName(owner) : declared;
        } else if (r.type === ResourceTypes.role) {
            role = physicalName(r);
        }
        if (role === undefined) {
            continue;
        }
        for (const declared of declaredPolicyDocuments(r.type, r.props)) {
            const parsed = parsePolicyDocument(declared.document);
            if ("error" in parsed) {
                continue; // iam-no-wildcards reports unreadable documents.
            }
            for (const s of parsed.statements.filter(st => st.effect === "Allow")) {
                const readsStream = s.actions.some(a => streamReadActions.some(read => iamPatternMatches(a, read, true)));
                if (!readsStream) {
                    continue;
                }
                for (const resource of s.resources) {
                    grants.push({ role, where: `${r.name} ${declared.location} ${describeStatement(s)}`, resource, urn: r.urn });
                }
            }
        }
    }
    return grants;
}
