// The offline runner as `lab review` calls it: node on the compiled review.js, real files.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { goodPlan, tags } from "./fixtures";

const reviewJs = join(__dirname, "..", "src", "review.js");
let dir = "";

before(() => { dir = mkdtempSync(join(tmpdir(), "lab-review-")); });
after(() => { rmSync(dir, { recursive: true, force: true }); });

function file(name: string, content: unknown): string {
    const path = join(dir, name);
    writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
    return path;
}

function run(...args: string[]) {
    const result = spawnSync(process.execPath, [reviewJs, ...args], { encoding: "utf8" });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function planWithBadTable() {
    const plan = goodPlan();
    plan.resources.push({
        type: "aws:dynamodb/table:Table", name: "InjectedBadTable", parent: "gameScores",
        inputs: {
            name: "Injected-alice-7f3a", billingMode: "PAY_PER_REQUEST", hashKey: "id", attributes: [{ name: "id", type: "S" }],
            deletionProtectionEnabled: true, tags: tags("gameScores"),
        },
    });
    return plan;
}

test("a good plan exits 0", () => {
    const result = run("--plan", file("good.json", goodPlan()));
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /0 mandatory and 0 advisory violation\(s\) from 7 policies over 15 resources/);
});

test("one injected bad resource exits 1 and is named in the table", () => {
    const result = run("--plan", file("bad.json", planWithBadTable()));
    assert.equal(result.code, 1, result.stdout + result.stderr);
    const rows = result.stdout.split("\n").filter(l => l.includes(" | "));
    assert.equal(rows[0].replace(/\s+/g, " "), "policy | resource | message");
    assert.equal(rows.length, 2);
    assert.match(rows[1], /^nothing-survives-destroy\s+\| InjectedBadTable \| deletionProtectionEnabled is true/);
});

test("--json prints the violations as data", () => {
    const result = run("--plan", file("bad-json.json", planWithBadTable()), "--json");
    assert.equal(result.code, 1);
    const report = JSON.parse(result.stdout);
    assert.equal(report.mandatory, 1);
    assert.equal(report.violations[0].resource, "InjectedBadTable");
    assert.equal(report.violations[0].type, "aws:dynamodb/table:Table");
});

test("config can lower a policy to advisory, which no longer fails the review", () => {
    const config = file("advisory.json", { "nothing-survives-destroy": "advisory" });
    const result = run("--plan", file("bad-advisory.json", planWithBadTable()), "--config", config);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /nothing-survives-destroy \(advisory\)/);
});

test("bad arguments exit 2 with usage", () => {
    for (const args of [[], ["--plan"], ["--plan", "x.json", "--frobnicate"]]) {
        const result = run(...args);
        assert.equal(result.code, 2, args.join(" "));
        assert.match(result.stderr, /Usage:/);
    }
});

test("an unreadable or malformed plan exits 2 naming the file and what was wrong", () => {
    const missing = join(dir, "absent.json");
    assert.deepEqual([run("--plan", missing).code, run("--plan", missing).stderr.trim()],
        [2, `review: ${missing}: cannot read the plan (no such file).`]);

    const notJson = file("truncated.json", "{\"resources\": [");
    assert.equal(run("--plan", notJson).code, 2);
    assert.match(run("--plan", notJson).stderr, /truncated\.json: not valid JSON/);

    const plan = goodPlan() as any;
    delete plan.resources[3].type;
    const noType = run("--plan", file("no-type.json", plan));
    assert.equal(noType.code, 2);
    assert.match(noType.stderr, /no-type\.json: resources\[3\]: "type" must be a Pulumi type token/);
});

test("a config naming an unknown setting exits 2 naming it", () => {
    const config = file("bad-config.json", { "provisioned-capacity-budget": { maxReadCapacity: 10 } });
    const result = run("--plan", file("good2.json", goodPlan()), "--config", config);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /bad-config\.json: provisioned-capacity-budget\.maxReadCapacity: unknown setting; allowed: maxReadCapacityUnits/);
});
