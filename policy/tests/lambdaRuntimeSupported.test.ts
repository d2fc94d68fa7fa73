import { test } from "node:test";
import assert from "node:assert/strict";
import { lambdaRuntimeSupported, lambdaRuntimeSupportedPolicy } from "../src/policies/lambdaRuntimeSupported";
import { find, goodPlan, review } from "./fixtures";

const on = (isoDate: string) => lambdaRuntimeSupportedPolicy(() => new Date(isoDate));

function withRuntime(runtime: string | undefined) {
    const plan = goodPlan();
    find(plan, "AggregateScoresByUser").inputs.runtime = runtime;
    return plan;
}

test("dotnet10 passes against today's date", async () => {
    assert.deepEqual(await review(goodPlan(), [lambdaRuntimeSupported]), []);
});

test("a function on dotnet8 fails after its end of support (2026-11-10)", async () => {
    const violations = await review(withRuntime("dotnet8"), [on("2026-11-21T12:00:00Z")]);
    assert.equal(violations.length, 1);
    assert.equal(violations[0].resource, "AggregateScoresByUser");
    assert.match(violations[0].message, /"dotnet8" reached end of support on 2026-11-10/);
});

test("dotnet8 passes well before its end of support and fails inside the margin", async () => {
    assert.deepEqual(await review(withRuntime("dotnet8"), [on("2026-09-01T00:00:00Z")]), []);
    const inMargin = await review(withRuntime("dotnet8"), [on("2026-10-20T00:00:00Z")]);
    assert.match(inMargin[0].message, /within the 30-day margin/);
    const config = { "lambda-runtime-supported": { supportMarginDays: 10 } };
    assert.deepEqual(await review(withRuntime("dotnet8"), [on("2026-10-20T00:00:00Z")], config), []);
});

test("a runtime missing from the dated table fails, as does a missing runtime", async () => {
    const unknown = await review(withRuntime("python3.99"), [on("2026-11-21T00:00:00Z")]);
    assert.match(unknown[0].message, /"python3.99" is not in the pack's runtime table/);
    const missing = await review(withRuntime(undefined), [on("2026-11-21T00:00:00Z")]);
    assert.match(missing[0].message, /declares no runtime/);
});

test("a container-image function brings its own runtime", async () => {
    const plan = withRuntime(undefined);
    find(plan, "AggregateScoresByUser").inputs.packageType = "Image";
    assert.deepEqual(await review(plan, [on("2026-11-21T00:00:00Z")]), []);
});
