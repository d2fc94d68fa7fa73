// The offline review: `node policy/dist/src/review.js --plan FILE [--config FILE] [--json]`.
// Runs the pack's policies over the plan `lab plan` writes. Exit 0: no mandatory violation;
// 1: at least one mandatory violation; 2: bad arguments, or a plan/config that cannot be used.
import { readFileSync } from "fs";
import { reviewPlan, validateConfig, Violation } from "./evaluate";
import { labPolicies } from "./policies";
import { InputFileError, parsePlan } from "./plan";

const usage = `Usage: node policy/dist/src/review.js --plan FILE [--config FILE] [--json]

Runs the DynamoDB Labs policy pack over a plan written by \`lab plan\`.
  --plan FILE     the plan JSON ({"resources": [{type, name, parent, inputs, options?}], "outputs": {...}})
  --config FILE   policy config JSON, as for \`pulumi preview --policy-pack-config\`:
                  {"<policy name>": "advisory"|"mandatory"|"disabled" | {"enforcementLevel"?: ..., "<setting>": value}}
  --json          print {"violations": [...], "mandatory": n, "advisory": n, "resources": n} instead of a table

Exit codes: 0 no mandatory violation, 1 a mandatory violation, 2 bad arguments or unreadable input.`;

class UsageError extends Error {}

interface Options {
    plan: string;
    config?: string;
    json: boolean;
}

function parseArguments(argv: string[]): Options | "help" {
    const options: Partial<Options> = { json: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === "--help" || arg === "-h") {
            return "help";
        }
        if (arg === "--json") {
            options.json = true;
        } else if (arg === "--plan" || arg === "--config") {
            const value = argv[++i];
            if (value === undefined || value.startsWith("--")) {
                throw new UsageError(`${arg} needs a file path.`);
            }
            options[arg === "--plan" ? "plan" : "config"] = value;
        } else {
            throw new UsageError(`unknown argument "${arg}".`);
        }
    }
    if (options.plan === undefined) {
        throw new UsageError("--plan FILE is required.");
    }
    return options as Options;
}

function readText(file: string, what: string): string {
    try {
        return readFileSync(file, "utf8");
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        throw new InputFileError(`${file}: cannot read the ${what} (${code === "ENOENT" ? "no such file" : (e as Error).message}).`);
    }
}

function readConfig(file: string) {
    const text = readText(file, "policy config");
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch (e) {
        throw new InputFileError(`${file}: not valid JSON (${(e as Error).message}).`);
    }
    return validateConfig(parsed, labPolicies, file);
}

function table(violations: Violation[]): string {
    const rows = violations.map(v => [
        v.enforcementLevel === "mandatory" ? v.policy : `${v.policy} (${v.enforcementLevel})`,
        v.resource,
        v.message,
    ]);
    const header = ["policy", "resource", "message"];
    const widths = [0, 1].map(c => Math.max(header[c].length, ...rows.map(r => r[c].length)));
    const line = (r: string[]) => `${r[0].padEnd(widths[0])} | ${r[1].padEnd(widths[1])} | ${r[2]}`;
    return [line(header), `${"-".repeat(widths[0])}-+-${"-".repeat(widths[1])}-+-${"-".repeat(7)}`, ...rows.map(line)].join("\n");
}

async function main(argv: string[]): Promise<number> {
    let options: Options | "help";
    try {
        options = parseArguments(argv);
    } catch (e) {
        if (e instanceof UsageError) {
            process.stderr.write(`review: ${e.message}\n\n${usage}\n`);
            return 2;
        }
        throw e;
    }
    if (options === "help") {
        process.stdout.write(`${usage}\n`);
        return 0;
    }
    let violations: Violation[];
    let resourceCount: number;
    try {
        const config = options.config === undefined ? {} : readConfig(options.config);
        const plan = parsePlan(readText(options.plan, "plan"), options.plan);
        resourceCount = plan.resources.length;
        violations = await reviewPlan(plan, labPolicies, config);
    } catch (e) {
        if (e instanceof InputFileError) {
            process.stderr.write(`review: ${e.message}\n`);
            return 2;
        }
        throw e;
    }
    const mandatory = violations.filter(v => v.enforcementLevel === "mandatory").length;
    const advisory = violations.length - mandatory;
    if (options.json) {
        process.stdout.write(`${JSON.stringify({ violations, mandatory, advisory, resources: resourceCount }, null, 2)}\n`);
    } else {
        if (violations.length > 0) {
            process.stdout.write(`${table(violations)}\n\n`);
        }
        process.stdout.write(`${mandatory} mandatory and ${advisory} advisory violation(s) from ${labPolicies.length} policies over ${resourceCount} resources of ${options.plan}.\n`);
    }
    return mandatory > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
    code => { process.exitCode = code; },
    e => {
        process.stderr.write(`review: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
        process.exitCode = 2;
    },
);
