// Entry point for `pulumi preview --policy-pack policy`: the only place the PolicyPack is built,
// because constructing it starts the policy analyzer server the Pulumi engine talks to.
import { PolicyPack } from "@pulumi/policy";
import { labPolicies } from "./policies";

new PolicyPack("dynamodb-labs", {
    description: "Reviews a student's DynamoDB Labs stack before it deploys.",
    policies: labPolicies,
});
