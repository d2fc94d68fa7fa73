// The plan file `lab plan` writes: the stack's resources as the stack declares them, inputs by
// Pulumi wire name. Validated strictly so a malformed plan is reported, never half-reviewed.

export interface PlanResourceOptions {
    protect?: boolean;
    retainOnDelete?: boolean;
    dependsOn?: string[];
}

export interface PlanResource {
    type: string;
    name: string;
    parent: string | null;
    inputs: Record<string, any>;
    options: PlanResourceOptions;
}

export interface Plan {
    resources: PlanResource[];
    outputs: Record<string, unknown>;
}

/** A plan or config file that cannot be used; the message names the file and what was wrong. */
export class InputFileError extends Error {}

export function parsePlan(text: string, file: string): Plan {
    let root: unknown;
    try {
        root = JSON.parse(text);
    } catch (e) {
        throw new InputFileError(`${file}: not valid JSON (${(e as Error).message}).`);
    }
    if (!isObject(root)) {
        throw new InputFileError(`${file}: expected a JSON object {"resources": [...], "outputs": {...}}, got ${describe(root)}.`);
    }
    if (!Array.isArray(root["resources"])) {
        throw new InputFileError(`${file}: "resources" must be an array, got ${describe(root["resources"])}.`);
    }
    const outputs = root["outputs"] ?? {};
    if (!isObject(outputs)) {
        throw new InputFileError(`${file}: "outputs" must be an object, got ${describe(outputs)}.`);
    }
    const resources = root["resources"].map((r: unknown, i: number) => parseResource(r, `${file}: resources[${i}]`));
    return { resources, outputs };
}

function parseResource(value: unknown, at: string): PlanResource {
    if (!isObject(value)) {
        throw new InputFileError(`${at}: expected an object {type, name, parent, inputs}, got ${describe(value)}.`);
    }
    const type = value["type"];
    const name = value["name"];
    if (typeof type !== "string" || !/^[^:]+:[^:]*:[^:]+$/.test(type)) {
        throw new InputFileError(`${at}: "type" must be a Pulumi type token such as "aws:dynamodb/table:Table", got ${describe(type)}.`);
    }
    const label = `${at} (${typeof name === "string" ? name : "?"})`;
    if (typeof name !== "string" || name.length === 0) {
        throw new InputFileError(`${at}: "name" must be a non-empty string, got ${describe(name)}.`);
    }
    const parent = value["parent"] ?? null;
    if (parent !== null && typeof parent !== "string") {
        throw new InputFileError(`${label}: "parent" must be a resource name or null, got ${describe(parent)}.`);
    }
    const inputs = value["inputs"] ?? {};
    if (!isObject(inputs)) {
        throw new InputFileError(`${label}: "inputs" must be an object of inputs by wire name, got ${describe(inputs)}.`);
    }
    const options = value["options"] ?? {};
    if (!isObject(options)) {
        throw new InputFileError(`${label}: "options" must be an object, got ${describe(options)}.`);
    }
    for (const flag of ["protect", "retainOnDelete"]) {
        if (options[flag] !== undefined && typeof options[flag] !== "boolean") {
            throw new InputFileError(`${label}: "options.${flag}" must be true or false, got ${describe(options[flag])}.`);
        }
    }
    const dependsOn = options["dependsOn"] ?? [];
    if (!Array.isArray(dependsOn) || dependsOn.some(d => typeof d !== "string")) {
        throw new InputFileError(`${label}: "options.dependsOn" must be an array of resource names, got ${describe(dependsOn)}.`);
    }
    return {
        type,
        name,
        parent,
        inputs,
        options: { protect: options["protect"], retainOnDelete: options["retainOnDelete"], dependsOn },
    };
}

function isObject(value: unknown): value is Record<string, any> {
    return value !== null && typeof value === "object" && !Array.isArray(value);
}

function describe(value: unknown): string {
    if (value === undefined) {
        return "nothing";
    }
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
