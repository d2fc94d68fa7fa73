import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { capacityBudget } from "./policies/capacityBudget";
import { iamNoWildcards } from "./policies/iamNoWildcards";
import { lambdaLogGroup } from "./policies/lambdaLogGroup";
import { lambdaRuntimeSupported } from "./policies/lambdaRuntimeSupported";
import { nothingSurvivesDestroy } from "./policies/nothingSurvivesDestroy";
import { requiredTags } from "./policies/requiredTags";
import { streamReaders } from "./policies/streamReaders";

export type LabPolicy = ResourceValidationPolicy | StackValidationPolicy;

/** Every policy of the pack, in report order: the engine entry point and the offline runner share it. */
export const labPolicies: LabPolicy[] = [
    iamNoWildcards,
    lambdaRuntimeSupported,
    lambdaLogGroup,
    requiredTags,
    nothingSurvivesDestroy,
    capacityBudget,
    streamReaders,
];
