import { test } from "node:test";
import assert from "node:assert/strict";
import { isWildcardResource } from "../src/iamDocument";
import { iamNoWildcards } from "../src/policies/iamNoWildcards";
import { account, find, goodPlan, policyDocument, region, review, tags } from "./fixtures";

const byUserArn = `arn:aws:dynamodb:${region}:${account}:table/GameScoresByUser-alice-7f3a`;

function withAggregatePolicy(statements: object[]) {
    const plan = goodPlan();
    find(plan, "AggregateScoresByUser-policy").inputs.policy = policyDocument(statements);
    return plan;
}

test("the good plan's least-privilege policies pass", async () => {
    assert.deepEqual(await review(goodPlan(), [iamNoWildcards]), []);
});

test("a role policy with dynamodb:* is a mandatory violation naming the action", async () => {
    const violations = await review(withAggregatePolicy([{ Effect: "Allow", Action: "dynamodb:*", Resource: byUserArn }]), [iamNoWildcards]);
    assert.equal(violations.length, 1);
    assert.equal(violations[0].resource, "AggregateScoresByUser-policy");
    assert.equal(violations[0].enforcementLevel, "mandatory");
    assert.match(violations[0].message, /wildcard action "dynamodb:\*"/);
});

test("a statement on \"*\" is a violation naming the resource", async () => {
    const violations = await review(withAggregatePolicy([{ Effect: "Allow", Action: ["dynamodb:UpdateItem"], Resource: "*" }]), [iamNoWildcards]);
    assert.equal(violations.length, 1);
    assert.match(violations[0].message, /dynamodb:UpdateItem on the wildcard resource "\*"/);
});

test("a name prefix that would reach other students' tables is a wildcard resource", async () => {
    const violations = await review(withAggregatePolicy([{
        Effect: "Allow", Action: ["dynamodb:UpdateItem"], Resource: `arn:aws:dynamodb:${region}:${account}:table/GameScoresByUser-*`,
    }]), [iamNoWildcards]);
    assert.equal(violations.length, 1);
});

test("Deny statements may use wildcards", async () => {
    const violations = await review(withAggregatePolicy([
        { Effect: "Allow", Action: ["dynamodb:UpdateItem"], Resource: byUserArn },
        { Effect: "Deny", Action: "*", Resource: "*" },
    ]), [iamNoWildcards]);
    assert.deepEqual(violations, []);
});

test("NotAction and NotResource are violations", async () => {
    const violations = await review(withAggregatePolicy([
        { Effect: "Allow", NotAction: "iam:*", Resource: byUserArn },
        { Effect: "Allow", Action: "dynamodb:GetItem", NotResource: byUserArn },
    ]), [iamNoWildcards]);
    assert.deepEqual(violations.map(v => /NotAction|NotResource/.exec(v.message)?.[0]), ["NotAction", "NotResource"]);
});

test("a role's inline policy and a managed policy are checked too", async () => {
    const plan = goodPlan();
    find(plan, "AggregateScoresByUser-role").inputs.inlinePolicies = [
        { name: "extra", policy: policyDocument([{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }]) },
    ];
    plan.resources.push({
        type: "aws:iam/policy:Policy", name: "admin", parent: null,
        inputs: { policy: policyDocument([{ Effect: "Allow", Action: "*", Resource: byUserArn }]), tags: tags("gameScores") },
    });
    const violations = await review(plan, [iamNoWildcards]);
    assert.deepEqual(violations.map(v => v.resource), ["AggregateScoresByUser-role", "admin"]);
    assert.match(violations[0].message, /inlinePolicies\[0\] \(extra\)/);
});

test("an action listed in actionsAllowedOnAnyResource may use \"*\"", async () => {
    const plan = withAggregatePolicy([{ Effect: "Allow", Action: "kinesis:ListStreams", Resource: "*" }]);
    assert.equal((await review(plan, [iamNoWildcards])).length, 1);
    const config = { "iam-no-wildcards": { actionsAllowedOnAnyResource: ["kinesis:ListStreams"] } };
    assert.deepEqual(await review(plan, [iamNoWildcards], config), []);
});

test("a policy that is not JSON is reported, not skipped", async () => {
    const plan = goodPlan();
    find(plan, "AggregateScoresByUser-policy").inputs.policy = "{\"Statement\": [";
    const violations = await review(plan, [iamNoWildcards]);
    assert.equal(violations.length, 1);
    assert.match(violations[0].message, /not valid JSON/);
});

test("wildcard resources: only the tails AWS needs on one named resource are allowed", () => {
    const arn = (resource: string) => `arn:aws:dynamodb:${region}:${account}:${resource}`;
    assert.equal(isWildcardResource(arn("table/T/stream/*")), false);
    assert.equal(isWildcardResource(arn("table/T/index/*")), false);
    assert.equal(isWildcardResource(`arn:aws:logs:${region}:${account}:log-group:/aws/lambda/F:*`), false);
    assert.equal(isWildcardResource(arn("table/T")), false);
    assert.equal(isWildcardResource("*"), true);
    assert.equal(isWildcardResource(arn("table/*")), true);
    assert.equal(isWildcardResource(arn("table/*/stream/*")), true);
    assert.equal(isWildcardResource(`arn:aws:logs:${region}:${account}:*`), true);
    assert.equal(isWildcardResource(`arn:aws:logs:${region}:${account}:log-group:*`), true);
    assert.equal(isWildcardResource(`arn:aws:dynamodb:*:*:table/T`), true);
});
