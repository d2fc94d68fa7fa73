import type { StackValidationPolicy } from "@pulumi/policy";
import { configOf } from "../policyConfig";
import { physicalName, ResourceTypes } from "../resourceTypes";

interface CapacityBudgetConfig {
    maxReadCapacityUnits: number;
    maxWriteCapacityUnits: number;
    maxKinesisShards: number;
    allowOnDemandKinesis: boolean;
}

interface Contribution {
    resource: string;
    units: number;
}

export const capacityBudget: StackValidationPolicy = {
    name: "provisioned-capacity-budget",
    description:
        "The stack's provisioned capacity stays within the per-student budget: read and write capacity " +
        "units summed over every PROVISIONED table and its global secondary indexes, and Kinesis shards " +
        "summed over every provisioned stream. Provisioned capacity is billed by the hour whether or not " +
        "the student uses it, and a class multiplies it by the number of students. On-demand Kinesis " +
        "streams are refused unless allowed: an account holds 50 of them by default, so a class would " +
        "run out. The defaults admit the design-patterns workshop's figures at scale 1.",
    enforcementLevel: "mandatory",
    configSchema: {
        properties: {
            maxReadCapacityUnits: { type: "number", minimum: 0, default: 10000, description: "Budget of read capacity units per student stack." },
            maxWriteCapacityUnits: { type: "number", minimum: 0, default: 12000, description: "Budget of write capacity units per student stack." },
            maxKinesisShards: { type: "number", minimum: 0, default: 10, description: "Budget of provisioned Kinesis shards per student stack." },
            allowOnDemandKinesis: { type: "boolean", default: false, description: "Allow ON_DEMAND Kinesis streams." },
        },
    },
    validateStack: (args, reportViolation) => {
        const config = configOf<CapacityBudgetConfig>(capacityBudget, args);
        const reads: Contribution[] = [];
        const writes: Contribution[] = [];
        const shards: Contribution[] = [];
        for (const r of args.resources) {
            if (r.type === ResourceTypes.table && r.props["billingMode"] !== "PAY_PER_REQUEST") {
                // The provider's default billing mode is PROVISIONED.
                const table = physicalName(r);
                reads.push({ resource: table, units: numberOrZero(r.props["readCapacity"]) });
                writes.push({ resource: table, units: numberOrZero(r.props["writeCapacity"]) });
                for (const gsi of asArray(r.props["globalSecondaryIndexes"])) {
                    reads.push({ resource: `${table}/${gsi?.name}`, units: numberOrZero(gsi?.readCapacity) });
                    writes.push({ resource: `${table}/${gsi?.name}`, units: numberOrZero(gsi?.writeCapacity) });
                }
            }
            if (r.type === ResourceTypes.kinesisStream) {
                if (r.props["streamModeDetails"]?.["streamMode"] === "ON_DEMAND") {
                    if (!config.allowOnDemandKinesis) {
                        reportViolation(`Kinesis stream "${physicalName(r)}" is ON_DEMAND: an account allows 50 on-demand streams by default, so a class runs out; use PROVISIONED with a shardCount.`, r.urn);
                    }
                } else {
                    shards.push({ resource: physicalName(r), units: numberOrZero(r.props["shardCount"]) });
                }
            }
        }
        checkTotal("read capacity", "RCU", reads, config.maxReadCapacityUnits, "maxReadCapacityUnits", reportViolation);
        checkTotal("write capacity", "WCU", writes, config.maxWriteCapacityUnits, "maxWriteCapacityUnits", reportViolation);
        checkTotal("Kinesis shards", "shards", shards, config.maxKinesisShards, "maxKinesisShards", reportViolation);
    },
};

function checkTotal(
    what: string, unit: string, contributions: Contribution[], budget: number, key: string,
    reportViolation: (message: string, urn?: string) => void,
): void {
    const total = contributions.reduce((sum, c) => sum + c.units, 0);
    if (total <= budget) {
        return;
    }
    const largest = contributions
        .filter(c => c.units > 0)
        .sort((a, b) => b.units - a.units)
        .slice(0, 5)
        .map(c => `${c.resource} ${c.units}`)
        .join(", ");
    reportViolation(`Provisioned ${what} totals ${total} ${unit}, over the per-student budget of ${budget} (config ${key}); largest: ${largest}. Lower the capacity scale or raise the budget.`);
}

function numberOrZero(value: unknown): number {
    return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

function asArray(value: unknown): any[] {
    return Array.isArray(value) ? value : [];
}
