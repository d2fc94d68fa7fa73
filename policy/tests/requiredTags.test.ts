import { test } from "node:test";
import assert from "node:assert/strict";
import { requiredTags } from "../src/policies/requiredTags";
import { find, goodPlan, review } from "./fixtures";

test("every taggable resource of the good plan is tagged; role policies need no tags", async () => {
    assert.deepEqual(await review(goodPlan(), [requiredTags]), []);
});

test("an untagged table is a violation for the student and the expiry tag", async () => {
    const plan = goodPlan();
    delete find(plan, "GameScoresByUser").inputs.tags;
    const violations = await review(plan, [requiredTags]);
    assert.deepEqual(violations.map(v => v.resource), ["GameScoresByUser", "GameScoresByUser"]);
    assert.match(violations[0].message, /Missing the "student" tag/);
    assert.match(violations[1].message, /Missing the "expiry" tag/);
});

test("an expiry that is not a date is a violation", async () => {
    const plan = goodPlan();
    find(plan, "Lab-Stream").inputs.tags.expiry = "next week";
    const violations = await review(plan, [requiredTags]);
    assert.equal(violations.length, 1);
    assert.match(violations[0].message, /"next week", which is not a date/);
});

test("an expiry in ISO 8601 extended or basic format is a date; an impossible one is not", async () => {
    const plan = goodPlan();
    find(plan, "GameScoresByUser").inputs.tags.expiry = "2026-11-28T18:00:00Z";
    find(plan, "GameScoreRecords").inputs.tags.expiry = "20260231T180000Z";
    const violations = await review(plan, [requiredTags]);
    assert.deepEqual(violations.map(v => v.resource), ["GameScoreRecords"]);
    assert.match(violations[0].message, /"20260231T180000Z", which is not a date/);
});

test("a ':' in a Kinesis stream's tag value is a violation: Kinesis refuses it", async () => {
    const plan = goodPlan();
    find(plan, "Lab-Stream").inputs.tags.expiry = "2026-11-28T18:00:00Z";
    const violations = await review(plan, [requiredTags]);
    assert.equal(violations.length, 1);
    assert.equal(violations[0].resource, "Lab-Stream");
    assert.match(violations[0].message, /refuses ':' in tag values/);
});

test("provider default tags (tagsAll) count", async () => {
    const plan = goodPlan();
    const table = find(plan, "GameScoresByUser");
    table.inputs.tagsAll = table.inputs.tags;
    delete table.inputs.tags;
    assert.deepEqual(await review(plan, [requiredTags]), []);
});

test("the tag keys come from config", async () => {
    const config = { "required-tags": { studentTag: "Student" } };
    const violations = await review(goodPlan(), [requiredTags], config);
    // Every taggable resource of the fixture: 2 tables, 1 stream, and per function role, log group,
    // function, plus 2 event source mappings.
    assert.equal(violations.length, 11);
    assert.ok(violations.every(v => /Missing the "Student" tag/.test(v.message)));
});
