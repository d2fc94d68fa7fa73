import { test } from "node:test";
import assert from "node:assert/strict";
import { nothingSurvivesDestroy } from "../src/policies/nothingSurvivesDestroy";
import { find, goodPlan, review } from "./fixtures";

test("the good plan leaves nothing behind", async () => {
    assert.deepEqual(await review(goodPlan(), [nothingSurvivesDestroy]), []);
});

test("a table with deletion protection is a violation", async () => {
    const plan = goodPlan();
    find(plan, "GameScoreRecords").inputs.deletionProtectionEnabled = true;
    const violations = await review(plan, [nothingSurvivesDestroy]);
    assert.equal(violations.length, 1);
    assert.equal(violations[0].resource, "GameScoreRecords");
    assert.match(violations[0].message, /deletionProtectionEnabled is true: DynamoDB refuses to delete the table/);
});

test("protect and retainOnDelete options are violations", async () => {
    const plan = goodPlan();
    find(plan, "Lab-Stream").options = { protect: true };
    find(plan, "GameScoresByUser").options = { retainOnDelete: true };
    const violations = await review(plan, [nothingSurvivesDestroy]);
    assert.deepEqual(violations.map(v => [v.resource, /protect|retainOnDelete/.exec(v.message)?.[0]]), [
        ["GameScoresByUser", "retainOnDelete"],
        ["Lab-Stream", "protect"],
    ]);
});

test("a log group kept at destroy is a violation; enforceConsumerDeletion false is fine", async () => {
    const plan = goodPlan();
    find(plan, "ProcessKinesisRecords-logs").inputs.skipDestroy = true;
    find(plan, "Lab-Stream").inputs.enforceConsumerDeletion = false;
    const violations = await review(plan, [nothingSurvivesDestroy]);
    assert.deepEqual(violations.map(v => v.resource), ["ProcessKinesisRecords-logs"]);
    assert.match(violations[0].message, /skipDestroy/);
});
