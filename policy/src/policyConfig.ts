import type { Policy } from "@pulumi/policy";

/**
 * A policy's effective configuration: the `default` of every property in its configSchema,
 * overlaid with what the instructor configured. The defaults live only in the schema, so the
 * Pulumi engine, the offline runner and the README table read the same numbers.
 */
export function configOf<T extends object>(policy: Policy, args: { getConfig<C extends object>(): C }): T {
    const merged: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(policy.configSchema?.properties ?? {})) {
        if (typeof schema === "object" && schema.default !== undefined) {
            merged[key] = schema.default;
        }
    }
    for (const [key, value] of Object.entries(args.getConfig<Record<string, unknown>>())) {
        if (value !== undefined) {
            merged[key] = value;
        }
    }
    return merged as T;
}
