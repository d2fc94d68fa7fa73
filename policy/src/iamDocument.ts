// Reading IAM policy documents as the stack declares them: a JSON string (the provider's wire
// form) or, from some SDKs, an already-parsed object.

export interface IamStatement {
    /** Position in the document, so a message can point at the statement. */
    index: number;
    sid?: string;
    effect: string;
    actions: string[];
    notActions: string[];
    resources: string[];
    notResources: string[];
}

export type ParsedPolicyDocument = { statements: IamStatement[] } | { error: string };

export interface DeclaredPolicyDocument {
    /** Where the document sits, e.g. "policy" or "inlinePolicies[1] (readStream)". */
    location: string;
    document: unknown;
}

/** The IAM documents a resource declares: RolePolicy/Policy `policy`, Role `inlinePolicies[].policy`. */
export function declaredPolicyDocuments(type: string, props: Record<string, any>): DeclaredPolicyDocument[] {
    if (type === "aws:iam/rolePolicy:RolePolicy" || type === "aws:iam/policy:Policy") {
        return props["policy"] === undefined ? [] : [{ location: "policy", document: props["policy"] }];
    }
    if (type === "aws:iam/role:Role" && Array.isArray(props["inlinePolicies"])) {
        return props["inlinePolicies"]
            .map((inline: any, i: number) => ({
                location: `inlinePolicies[${i}]${inline?.name ? ` (${inline.name})` : ""}`,
                document: inline?.policy,
            }))
            .filter((d: DeclaredPolicyDocument) => d.document !== undefined && d.document !== "");
    }
    return [];
}

export function parsePolicyDocument(document: unknown): ParsedPolicyDocument {
    let parsed: any = document;
    if (typeof document === "string") {
        try {
            parsed = JSON.parse(document);
        } catch (e) {
            return { error: `is not valid JSON (${(e as Error).message})` };
        }
    }
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
        return { error: "is not a JSON object with a Statement" };
    }
    const raw = parsed["Statement"];
    if (raw === undefined) {
        return { error: "has no Statement" };
    }
    const list = Array.isArray(raw) ? raw : [raw];
    const statements: IamStatement[] = [];
    for (let index = 0; index < list.length; index++) {
        const s = list[index];
        if (s === null || typeof s !== "object") {
            return { error: `has a Statement[${index}] that is not an object` };
        }
        statements.push({
            index,
            sid: typeof s["Sid"] === "string" ? s["Sid"] : undefined,
            effect: typeof s["Effect"] === "string" ? s["Effect"] : "",
            actions: stringList(s["Action"]),
            notActions: stringList(s["NotAction"]),
            resources: stringList(s["Resource"]),
            notResources: stringList(s["NotResource"]),
        });
    }
    return { statements };
}

export function describeStatement(s: IamStatement): string {
    return s.sid ? `Statement[${s.index}] (${s.sid})` : `Statement[${s.index}]`;
}

/** IAM's own matching: `*` any run of characters, `?` one character. */
export function iamPatternMatches(pattern: string, value: string, ignoreCase = false): boolean {
    const source = pattern
        .split("")
        .map(c => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
        .join("");
    return new RegExp(`^${source}$`, ignoreCase ? "is" : "s").test(value);
}

export function hasWildcard(text: string): boolean {
    return text.includes("*") || text.includes("?");
}

// Wildcard tails AWS itself makes necessary on a single named resource: a stream's label changes
// whenever the stream is re-enabled, a log group's streams are created by Lambda, and a table's
// indexes are addressed as table/<name>/index/<index>.
const namedResourceTails = ["/stream/*", "/index/*", ":*"];

/**
 * True when a Resource entry can reach more than one named resource: "*", a whole service or type
 * ("arn:aws:logs:r:1:*", "table/*"), or a name prefix ("table/GameScores-*", which would also
 * match other students' tables).
 */
export function isWildcardResource(resource: string): boolean {
    if (!hasWildcard(resource)) {
        return false;
    }
    const tail = namedResourceTails.find(t => resource.endsWith(t));
    if (tail === undefined) {
        return true;
    }
    const named = resource.slice(0, resource.length - tail.length);
    // What remains must name one resource as <type>/<name> or <type>:<name>: "arn:aws:logs:r:1:*"
    // and "log-group:*" end in an allowed tail but name nothing.
    const resourcePart = named.startsWith("arn:") ? named.split(":").slice(5).join(":") : named;
    return hasWildcard(named) || !/[/:][^/:]+/.test(resourcePart);
}

function stringList(value: unknown): string[] {
    if (value === undefined || value === null) {
        return [];
    }
    return (Array.isArray(value) ? value : [value]).map(v => String(v));
}
