using System.CommandLine;
using Lab.Local;
using Lab.Workshop;
using Lab.Workshop.Exercises;
using Lab.Workshop.Output;
using Lab.Workshop.Target;

namespace Lab.Cli.Commands;

/// <summary>
/// `lab workshop &lt;exercise&gt;`: the design-patterns workshop's client programs (LABS.md §3). Table names
/// always come from an outputs file (`pulumi stack output --json`, or the one `setup` writes); --endpoint
/// points the same commands at a local engine. Exit 0 done, 1 the exercise failed or was refused
/// (locked), 2 wrong arguments.
/// </summary>
public static class WorkshopCommand
{
    /// <summary>The workshop without a table declaration source: every exercise but `setup` works.</summary>
    public static Command Create() => Create(null);

    /// <param name="declarations">Where `setup` gets the designPatterns tables (the stack's declarations).</param>
    public static Command Create(ITableDeclarationSource? declarations)
    {
        var command = new Command("workshop", "The DynamoDB design-patterns workshop (seed 002) against a local engine (--endpoint) or a deployed stack (--outputs).");
        command.Subcommands.Add(Setup(declarations));
        command.Subcommands.Add(Generate());
        command.Subcommands.Add(LoadLogFile());
        command.Subcommands.Add(LoadLogFileParallel());
        command.Subcommands.Add(Scan());
        command.Subcommands.Add(QueryResponseCode());
        command.Subcommands.Add(LoadEmployees());
        command.Subcommands.Add(QueryEmployees());
        command.Subcommands.Add(Managers());
        command.Subcommands.Add(QueryCityDept());
        command.Subcommands.Add(UpdateEmployee());
        return command;
    }

    private sealed class Common
    {
        public readonly Option<string?> Endpoint = new("--endpoint") { Description = "A local DynamoDB endpoint, e.g. http://127.0.0.1:8000 (default: AWS in the outputs' region)." };
        public readonly Option<FileInfo?> Outputs = new("--outputs") { Description = "Stack outputs JSON (`pulumi stack output --json`, or the file `setup --outputs-out` wrote); table names come from it." };
        public readonly Option<bool> Json = new("--json") { Description = "Print only one JSON object with the results." };

        public void AddTo(Command command, bool withTarget = true)
        {
            if (withTarget) { command.Options.Add(Endpoint); command.Options.Add(Outputs); }
            command.Options.Add(Json);
        }

        public WorkshopTarget Target(ParseResult parse)
        {
            var outputs = parse.GetValue(Outputs)
                ?? throw new UsageException("--outputs FILE is required: table names come from the stack outputs (run `lab workshop setup --endpoint URL --outputs-out FILE` for a local engine).");
            if (!outputs.Exists) throw new UsageException($"--outputs {outputs.FullName}: file not found.");
            return new WorkshopTarget(WorkshopOutputs.Read(outputs.FullName), parse.GetValue(Endpoint));
        }

        public WorkshopConsole Console(ParseResult parse) => WorkshopConsole.ForProcess(parse.GetValue(Json));
    }

    /// <summary>A missing input file is a wrong argument (exit 2), not a failed exercise.</summary>
    private static string ExistingFile(FileInfo? file, string option) =>
        file is { Exists: true } ? file.FullName : throw new UsageException($"{option} {file?.FullName}: file not found.");

    private static Option<string> TableOption(string defaultKey) =>
        new("--table") { Description = "The lab's own name of the table, looked up in the outputs.", DefaultValueFactory = _ => defaultKey };

    /// <summary>Runs an exercise: user-fixable failures print one clear line and exit 1.</summary>
    private static void Run(Command command, Common common, Func<ParseResult, WorkshopConsole, CancellationToken, Task<(object Result, bool Success)>> exercise)
    {
        command.SetAction(async (parse, ct) =>
        {
            var console = common.Console(parse);
            try
            {
                var (result, success) = await exercise(parse, console, ct);
                console.Result(result);
                return success ? 0 : 1;
            }
            catch (WorkshopArgumentException e)
            {
                throw new UsageException($"workshop {command.Name}: {e.Message}");
            }
            catch (Exception e) when (e is WorkshopException or TableInputException or TableSchemaMismatchException)
            {
                System.Console.Error.WriteLine($"lab workshop {command.Name}: {e.Message}");
                return 1;
            }
            catch (Exception e) when (ConnectionFailure(e, parse) is { } unreachable)
            {
                System.Console.Error.WriteLine($"lab workshop {command.Name}: {unreachable}");
                return 1;
            }
        });
    }

    // The endpoint is down or died mid-run: say which endpoint, and what to do.
    private static string? ConnectionFailure(Exception error, ParseResult parse)
    {
        var root = error.GetBaseException();
        if (root is not (HttpRequestException or System.Net.Sockets.SocketException or IOException)) return null;
        var endpoint = parse.GetResult("--endpoint")?.Tokens.FirstOrDefault()?.Value ?? "AWS";
        return $"cannot reach DynamoDB at {endpoint} ({root.Message}); start the local engine (or check the endpoint) and run it again.";
    }

    private static Command Setup(ITableDeclarationSource? declarations)
    {
        var common = new Common();
        var endpoint = new Option<string>("--endpoint") { Description = "The local DynamoDB endpoint to create the tables in.", Required = true };
        var outputsOut = new Option<FileInfo?>("--outputs-out") { Description = "Write the outputs file (stack output shape) the other exercises read." };
        var student = new Option<string>("--student") { Description = "Student name recorded in the outputs file.", DefaultValueFactory = _ => "local" };
        var region = new Option<string>("--region") { Description = "Region recorded in the outputs file.", DefaultValueFactory = _ => "us-east-1" };
        var command = new Command("setup", "Create the designPatterns tables, exactly as the stack declares them, in a local engine.") { endpoint, outputsOut, student, region };
        common.AddTo(command, withTarget: false);
        Run(command, common, async (parse, console, ct) =>
        {
            if (declarations is null)
                throw new WorkshopException("no table declaration source is connected to this build of `lab`, so setup cannot know the stack's tables.");
            var result = await SetupExercise.RunAsync(declarations, parse.GetValue(endpoint)!, parse.GetValue(student)!, parse.GetValue(region)!,
                parse.GetValue(outputsOut) is { } file ? OutputPaths.EnsureWritable(file, "--outputs-out") : null, console, ct);
            return (result, true);
        });
        return command;
    }

    private static Command Generate()
    {
        var common = new Common();
        var output = new Option<DirectoryInfo>("--out") { Description = "Directory for logfile_medium1.csv, logfile_medium2.csv and employees.csv.", Required = true };
        var rows = new Option<int>("--rows") { Description = "Rows per log file.", DefaultValueFactory = _ => 2000 };
        var employees = new Option<int>("--employees") { Description = "Employees.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same files.", DefaultValueFactory = _ => 2018 };
        var command = new Command("generate", "Write deterministic workshop data files (same columns as the workshop's, no header row).") { output, rows, employees, seed };
        common.AddTo(command, withTarget: false);
        Run(command, common, (parse, console, _) =>
        {
            var directory = parse.GetValue(output)!;
            OutputPaths.EnsureWritable(new FileInfo(Path.Combine(directory.FullName, "employees.csv")), "--out");
            return Task.FromResult<(object, bool)>(
                (GenerateExercise.Run(console, directory.FullName, parse.GetValue(rows), parse.GetValue(employees), parse.GetValue(seed)), true));
        });
        return command;
    }

    private static Command LoadLogFile()
    {
        var common = new Common();
        var table = TableOption("tlog");
        var file = new Option<FileInfo>("--file") { Description = "Log CSV (requestid,host,date,hourofday,timezone,method,url,responsecode,bytessent,useragent).", Required = true };
        var command = new Command("load-logfile", "Exercise 1: load a log file with one PutItem per row, timing every 100 rows.") { table, file };
        common.AddTo(command);
        Run(command, common, async (parse, console, ct) =>
            (await LoadLogFileExercise.RunAsync(common.Target(parse), console, parse.GetValue(table)!, ExistingFile(parse.GetValue(file), "--file"), ct), true));
        return command;
    }

    private static Command LoadLogFileParallel()
    {
        var common = new Common();
        var table = TableOption("tlog_scan");
        var files = new Option<FileInfo[]>("--file") { Description = "Log CSV files (repeat the option; the seed used two).", Required = true, AllowMultipleArgumentsPerToken = true };
        var copies = new Option<int>("--copies") { Description = "How many times each row is written with derived request ids (seed: 250 → 1,000,000 items from 2×2000 rows).", DefaultValueFactory = _ => 250 };
        var concurrency = new Option<int>("--concurrency") { Description = "BatchWriteItem requests in flight.", DefaultValueFactory = _ => 8 };
        var command = new Command("load-logfile-parallel", "Exercise 1/preparation: parallel BatchWriteItem load with jittered retries; counts throttling.") { table, files, copies, concurrency };
        common.AddTo(command);
        Run(command, common, async (parse, console, ct) =>
            (await ParallelLoadExercise.RunAsync(common.Target(parse), console, parse.GetValue(table)!, parse.GetValue(files)!.Select(f => ExistingFile(f, "--file")).ToList(),
                parse.GetValue(copies), parse.GetValue(concurrency), ct), true));
        return command;
    }

    private static Command Scan()
    {
        var common = new Common();
        var table = TableOption("tlog_scan");
        var segments = new Option<int>("--segments") { Description = "Parallel scan segments (1 = the simple scan).", DefaultValueFactory = _ => 1 };
        var pageSize = new Option<int>("--page-size") { Description = "Scan Limit per page.", DefaultValueFactory = _ => 1000 };
        var command = new Command("scan", "Exercise 2: sum bytessent where responsecode <> 200, simple or parallel scan.") { table, segments, pageSize };
        common.AddTo(command);
        Run(command, common, async (parse, console, ct) =>
            (await ScanExercise.RunAsync(common.Target(parse), console, parse.GetValue(table)!, parse.GetValue(segments), parse.GetValue(pageSize), ct), true));
        return command;
    }

    private static Command QueryResponseCode()
    {
        var common = new Common();
        var table = TableOption("tlog_scan");
        var code = new Option<int>("--code") { Description = "HTTP response code, e.g. 404.", Required = true };
        var date = new Option<string?>("--date") { Description = "Only this date (yyyy-MM-dd)." };
        var command = new Command("query-responsecode", "Exercise 3: query the write-sharded gsi_responsecode over shards 1–10 in parallel.") { table, code, date };
        common.AddTo(command);
        Run(command, common, async (parse, console, ct) =>
            (await QueryResponseCodeExercise.RunAsync(common.Target(parse), console, parse.GetValue(table)!, parse.GetValue(code), parse.GetValue(date), ct), true));
        return command;
    }

    private static Command LoadEmployees()
    {
        var common = new Common();
        var table = TableOption("employees");
        var file = new Option<FileInfo>("--file") { Description = "employees.csv (employeeid,name,title,dept,city,state,dob,hire_date,previous_title,previous_title_end[,is_manager]).", Required = true };
        var command = new Command("load-employees", "Exercise 4: load employees as overloaded items (master, current_title:, previous_title:, state:).") { table, file };
        common.AddTo(command);
        Run(command, common, async (parse, console, ct) =>
            (await LoadEmployeesExercise.RunAsync(common.Target(parse), console, parse.GetValue(table)!, ExistingFile(parse.GetValue(file), "--file"), ct), true));
        return command;
    }

    private static Command QueryEmployees()
    {
        var common = new Common();
        var table = TableOption("employees");
        var attribute = new Option<string>("--attribute") { Description = "name, state, current_title or previous_title.", Required = true };
        attribute.AcceptOnlyFromAmong(QueryEmployeesExercise.Attributes);
        var value = new Option<string>("--value") { Description = "The value to look for, e.g. WA or 'Software Engineer'.", Required = true };
        var command = new Command("query-employees", "Exercise 4: query employees through the overloaded gsi_overload.") { table, attribute, value };
        common.AddTo(command);
        Run(command, common, async (parse, console, ct) =>
            (await QueryEmployeesExercise.RunAsync(common.Target(parse), console, parse.GetValue(table)!, parse.GetValue(attribute)!, parse.GetValue(value)!, ct), true));
        return command;
    }

    private static Command Managers()
    {
        var common = new Common();
        var table = TableOption("employees");
        var index = new Option<bool>("--index") { Description = "Scan the sparse gsi_manager instead of the table with a filter." };
        var pageSize = new Option<int>("--page-size") { Description = "Scan Limit per page (the seed used 100).", DefaultValueFactory = _ => 100 };
        var command = new Command("managers", "Exercise 5: find managers by filtered table scan or through the sparse index; prints scanned counts.") { table, index, pageSize };
        common.AddTo(command);
        Run(command, common, async (parse, console, ct) =>
            (await ManagersExercise.RunAsync(common.Target(parse), console, parse.GetValue(table)!, parse.GetValue(index), parse.GetValue(pageSize), ct), true));
        return command;
    }

    private static Command QueryCityDept()
    {
        var common = new Common();
        var table = TableOption("employees");
        var state = new Option<string>("--state") { Description = "State, e.g. TX.", Required = true };
        var prefix = new Option<string?>("--prefix") { Description = "Start of \"city:dept\", e.g. Dallas or Dallas:Op." };
        var command = new Command("query-city-dept", "Exercise 6: employees by state and optional city:dept prefix through gsi_city_dept.") { table, state, prefix };
        common.AddTo(command);
        Run(command, common, async (parse, console, ct) =>
            (await QueryCityDeptExercise.RunAsync(common.Target(parse), console, parse.GetValue(table)!, parse.GetValue(state)!, parse.GetValue(prefix), ct), true));
        return command;
    }

    private static Command UpdateEmployee()
    {
        var common = new Common();
        var table = TableOption("employees");
        var id = new Option<long>("--id") { Description = "employeeid, e.g. 251.", Required = true };
        var state = new Option<string>("--state") { Description = "New state, e.g. OR.", Required = true };
        var city = new Option<string>("--city") { Description = "New city, e.g. Portland.", Required = true };
        var dept = new Option<string>("--dept") { Description = "Department, e.g. Operation.", Required = true };
        var hold = new Option<double>("--hold") { Description = "Seconds to keep the lock before writing (the seed waited 60 so a second session could collide).", DefaultValueFactory = _ => 0 };
        var ttl = new Option<double>("--lock-ttl") { Description = "Seconds after which an abandoned lock may be taken over.", DefaultValueFactory = _ => 300 };
        var command = new Command("update-employee", "Exercise 7: change an employee's location under a lock (owner + expiry); a concurrent update is refused as locked.") { table, id, state, city, dept, hold, ttl };
        common.AddTo(command);
        Run(command, common, async (parse, console, ct) =>
        {
            var (holdSeconds, ttlSeconds) = (parse.GetValue(hold), parse.GetValue(ttl));
            if (holdSeconds < 0 || ttlSeconds <= 0) throw new UsageException($"--hold is {holdSeconds} and --lock-ttl is {ttlSeconds}; expected --hold ≥ 0 and --lock-ttl > 0.");
            var options = new UpdateEmployeeOptions(parse.GetValue(id), parse.GetValue(state)!, parse.GetValue(city)!, parse.GetValue(dept)!,
                TimeSpan.FromSeconds(holdSeconds), TimeSpan.FromSeconds(ttlSeconds));
            var result = await UpdateEmployeeExercise.RunAsync(common.Target(parse), console, parse.GetValue(table)!, options, ct);
            return (result, result.Updated);
        });
        return command;
    }
}
