// Runs the pack's policy objects over a plan exactly as the Pulumi engine would call them:
// resource policies once per resource with {type, name, urn, props, opts}, stack policies once
// with every resource.
import type {
    EnforcementLevel, PolicyResource, ReportViolation, ResourceValidation, ResourceValidationArgs,
    StackValidationArgs,
} from "@pulumi/policy";
import type { LabPolicy } from "./policies";
import type { LabResourceOptions } from "./policies/nothingSurvivesDestroy";
import { InputFileError, Plan } from "./plan";

export interface Violation {
    policy: string;
    enforcementLevel: EnforcementLevel;
    /** The resource's Pulumi name, or "(stack)" for a violation about the stack as a whole. */
    resource: string;
    type: string;
    message: string;
}

/** Policy config as in Pulumi's policy config file: {"<policy>": level | {enforcementLevel?, ...}}. */
export type ReviewConfig = Record<string, unknown>;

const stackName = "plan";
const projectName = "lab";

class NotApplicable extends Error {}

export async function reviewPlan(plan: Plan, policies: LabPolicy[], config: ReviewConfig = {}): Promise<Violation[]> {
    const resources = toPolicyResources(plan);
    const byUrn = new Map(resources.map(r => [r.urn, r]));
    const violations: Violation[] = [];
    const stackTags: ReadonlyMap<string, string> = new Map();

    for (const policy of policies) {
        const { level, settings } = policySettings(config, policy.name);
        const enforcementLevel = level ?? policy.enforcementLevel ?? "advisory";
        if (enforcementLevel === "disabled") {
            continue;
        }
        const record = (resource: PolicyResource | undefined) => (message: string) => violations.push({
            policy: policy.name,
            enforcementLevel,
            resource: resource?.name ?? "(stack)",
            type: resource?.type ?? "pulumi:pulumi:Stack",
            message,
        });
        const common = {
            stackTags,
            getConfig: <T extends object>() => ({ ...settings }) as T,
            notApplicable: (reason?: string): never => { throw new NotApplicable(reason); },
        };

        if ("validateStack" in policy) {
            const args: StackValidationArgs = { ...common, resources };
            const report: ReportViolation = (message, urn) => record(urn ? byUrn.get(urn) : undefined)(message);
            await runGuarded(() => policy.validateStack(args, report), record(undefined));
            continue;
        }
        const validations: ResourceValidation[] = policy.validateResource === undefined ? []
            : Array.isArray(policy.validateResource) ? policy.validateResource : [policy.validateResource];
        for (const resource of resources) {
            const args: ResourceValidationArgs = {
                ...common,
                type: resource.type,
                name: resource.name,
                urn: resource.urn,
                props: resource.props,
                opts: resource.opts,
                isType: resource.isType,
                asType: (cls: any) => (resource.isType(cls) ? resource.props as any : undefined),
            };
            for (const validate of validations) {
                await runGuarded(() => validate(args, message => record(resource)(message)), record(resource));
            }
        }
    }
    return violations;
}

// A policy that throws must not pass silently: its error becomes a violation at its level.
async function runGuarded(run: () => Promise<void> | void, report: (message: string) => void): Promise<void> {
    try {
        await run();
    } catch (e) {
        if (!(e instanceof NotApplicable)) {
            report(`the policy failed while evaluating: ${(e as Error).message ?? String(e)}`);
        }
    }
}

function toPolicyResources(plan: Plan): PolicyResource[] {
    const byName = new Map<string, PolicyResource>();
    const resources = plan.resources.map(r => {
        const opts: LabResourceOptions = {
            protect: r.options.protect === true,
            retainOnDelete: r.options.retainOnDelete === true,
            ignoreChanges: [],
            aliases: [],
            customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
            additionalSecretOutputs: [],
        };
        const isType = (cls: any) => cls?.__pulumiType === r.type;
        const resource: PolicyResource = {
            type: r.type,
            name: r.name,
            urn: "",
            props: r.inputs,
            opts,
            dependencies: [],
            propertyDependencies: {},
            isType,
            asType: (cls: any) => (isType(cls) ? r.inputs as any : undefined),
        };
        if (!byName.has(r.name)) {
            byName.set(r.name, resource);
        }
        return resource;
    });
    plan.resources.forEach((r, i) => {
        const resource = resources[i];
        resource.parent = r.parent === null ? undefined : byName.get(r.parent);
        resource.dependencies = (r.options.dependsOn ?? []).flatMap(d => byName.get(d) ?? []);
    });
    for (const resource of resources) {
        resource.urn = urnOf(resource);
        if (resource.parent) {
            resource.opts.parent = urnOf(resource.parent);
        }
    }
    return resources;
}

// Pulumi's URN: the parent chain's types joined with "$" before the resource's own type.
function urnOf(resource: PolicyResource): string {
    const types: string[] = [];
    const seen = new Set<PolicyResource>();
    for (let r: PolicyResource | undefined = resource; r && !seen.has(r); r = r.parent) {
        seen.add(r);
        if (r.type !== "pulumi:pulumi:Stack") {
            types.unshift(r.type);
        }
    }
    return `urn:pulumi:${stackName}::${projectName}::${types.join("$")}::${resource.name}`;
}

function policySettings(config: ReviewConfig, policy: string): { level?: EnforcementLevel; settings: Record<string, unknown> } {
    const entry = config[policy];
    if (entry === undefined) {
        return { settings: {} };
    }
    if (typeof entry === "string") {
        return { level: entry as EnforcementLevel, settings: {} };
    }
    const { enforcementLevel, ...settings } = entry as Record<string, unknown>;
    return { level: enforcementLevel as EnforcementLevel | undefined, settings };
}

const levels = ["advisory", "mandatory", "disabled"];

/**
 * Checks a policy config file against the pack: known policy names, known keys, and values of the
 * type and range each policy's configSchema declares.
 */
export function validateConfig(config: unknown, policies: LabPolicy[], file: string): ReviewConfig {
    if (config === null || typeof config !== "object" || Array.isArray(config)) {
        throw new InputFileError(`${file}: expected an object {"<policy name>": {...settings}}.`);
    }
    const names = policies.map(p => p.name);
    for (const [name, entry] of Object.entries(config)) {
        const policy = policies.find(p => p.name === name);
        if (policy === undefined) {
            throw new InputFileError(`${file}: unknown policy "${name}"; the pack has ${names.join(", ")}.`);
        }
        if (typeof entry === "string") {
            if (!levels.includes(entry)) {
                throw new InputFileError(`${file}: ${name}: enforcement level "${entry}" is not one of ${levels.join(", ")}.`);
            }
            continue;
        }
        if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
            throw new InputFileError(`${file}: ${name}: expected an enforcement level or an object of settings.`);
        }
        const properties = policy.configSchema?.properties ?? {};
        for (const [key, value] of Object.entries(entry)) {
            if (key === "enforcementLevel") {
                if (typeof value !== "string" || !levels.includes(value)) {
                    throw new InputFileError(`${file}: ${name}.enforcementLevel: ${JSON.stringify(value)} is not one of ${levels.join(", ")}.`);
                }
                continue;
            }
            const schema = properties[key];
            if (schema === undefined || typeof schema !== "object") {
                const known = Object.keys(properties);
                throw new InputFileError(`${file}: ${name}.${key}: unknown setting; ${known.length ? `allowed: ${known.join(", ")}` : "this policy takes no settings"}.`);
            }
            const problem = schemaProblem(schema, value);
            if (problem !== undefined) {
                throw new InputFileError(`${file}: ${name}.${key}: ${JSON.stringify(value)} ${problem}.`);
            }
        }
    }
    return config as ReviewConfig;
}

// The subset of JSON Schema the pack's configSchemas use.
function schemaProblem(schema: { type?: unknown; minimum?: number; minLength?: number; items?: unknown }, value: unknown): string | undefined {
    switch (schema.type) {
        case "number":
        case "integer":
            if (typeof value !== "number" || !Number.isFinite(value) || (schema.type === "integer" && !Number.isInteger(value))) {
                return `is not ${schema.type === "integer" ? "an integer" : "a number"}`;
            }
            return schema.minimum !== undefined && value < schema.minimum ? `is below the minimum ${schema.minimum}` : undefined;
        case "string":
            if (typeof value !== "string") {
                return "is not a string";
            }
            return schema.minLength !== undefined && value.length < schema.minLength ? "is too short" : undefined;
        case "boolean":
            return typeof value === "boolean" ? undefined : "is not true or false";
        case "array":
            return Array.isArray(value) && value.every(v => typeof v === "string") ? undefined : "is not an array of strings";
        default:
            return undefined;
    }
}
