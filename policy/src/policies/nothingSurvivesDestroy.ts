import type { PolicyResourceOptions, ResourceValidationPolicy } from "@pulumi/policy";
import { ResourceTypes } from "../resourceTypes";

/**
 * Options as the offline runner passes them: the plan also records retainOnDelete, which the
 * Pulumi engine (policy SDK 1.21.0) does not show to policies.
 */
export interface LabResourceOptions extends PolicyResourceOptions {
    retainOnDelete?: boolean;
}

// Inputs that make a resource refuse deletion, or that make `pulumi destroy` drop it from the state
// while leaving it in AWS. enforceConsumerDeletion=false on a Kinesis stream is not one of them: it
// only matters for registered enhanced fan-out consumers, which the labs do not create.
const survivingInputs: { type: string; input: string; why: string }[] = [
    { type: ResourceTypes.table, input: "deletionProtectionEnabled", why: "DynamoDB refuses to delete the table" },
    { type: ResourceTypes.logGroup, input: "deletionProtectionEnabled", why: "CloudWatch refuses to delete the log group" },
    { type: ResourceTypes.logGroup, input: "skipDestroy", why: "destroy forgets the log group and leaves it in AWS" },
    { type: ResourceTypes.lambdaFunction, input: "skipDestroy", why: "destroy forgets the function and leaves it in AWS" },
];

export const nothingSurvivesDestroy: ResourceValidationPolicy = {
    name: "nothing-survives-destroy",
    description:
        "No resource is protected (protect), retained (retainOnDelete, checked offline only: the " +
        "Pulumi engine does not pass it to policies), deletion-protected (DynamoDB or log group " +
        "deletionProtectionEnabled) or skipped at destroy (skipDestroy). Student environments are " +
        "created for a class and destroyed after it: anything that survives `pulumi destroy` keeps " +
        "costing money, keeps the student's data, and blocks the next environment that reuses the name.",
    enforcementLevel: "mandatory",
    validateResource: (args, reportViolation) => {
        const opts = args.opts as LabResourceOptions | undefined;
        if (opts?.protect === true) {
            reportViolation("The resource is protected (protect: true): `pulumi destroy` stops on it; remove the option.");
        }
        if (opts?.retainOnDelete === true) {
            reportViolation("The resource is retained on delete (retainOnDelete: true): `pulumi destroy` leaves it in AWS; remove the option.");
        }
        for (const rule of survivingInputs.filter(r => r.type === args.type)) {
            if (args.props[rule.input] === true) {
                reportViolation(`${rule.input} is true: ${rule.why}; set it to false or leave it unset.`);
            }
        }
    },
};
