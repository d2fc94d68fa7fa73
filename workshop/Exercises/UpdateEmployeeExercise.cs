using System.Diagnostics;
using Amazon.DynamoDBv2.Model;
using Lab.Workshop.Data;
using Lab.Workshop.Output;
using Lab.Workshop.Target;

namespace Lab.Workshop.Exercises;

public sealed record UpdateEmployeeResult(
    string Table, long EmployeeId, bool Updated, bool Locked, string? LockedBy, string? TookOverFrom,
    string? OldState, string? NewState, string? NewCity, double Seconds);

/// <param name="Hold">How long to keep the lock before writing (the seed waits 60 s so a second session can collide).</param>
/// <param name="LockTtl">After this a lock counts as abandoned and may be taken over.</param>
public sealed record UpdateEmployeeOptions(long EmployeeId, string State, string City, string Dept, TimeSpan Hold, TimeSpan LockTtl, string? Owner = null);

/// <summary>
/// Exercise 7 (update_employees.py): lock the master item, then in one transaction update it, move the
/// `state:` item and release the lock — the transaction is conditional on still owning the lock, so an
/// updater whose lock expired and was taken over changes nothing.
/// </summary>
public static class UpdateEmployeeExercise
{
    public static async Task<UpdateEmployeeResult> RunAsync(WorkshopTarget target, WorkshopConsole console, string tableKey, UpdateEmployeeOptions options, CancellationToken ct = default)
    {
        if (options.Hold >= options.LockTtl)
            throw new WorkshopArgumentException($"--hold ({options.Hold.TotalSeconds} s) must be shorter than --lock-ttl ({options.LockTtl.TotalSeconds} s), or another updater may take the lock over meanwhile.");
        using var client = target.CreateClient();
        var table = await target.RequireTableAsync(client, tableKey, "employeeid", "colA", ct);
        var owner = options.Owner ?? $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        var id = options.EmployeeId;
        var watch = Stopwatch.StartNew();

        var attempt = await EmployeeLock.AcquireAsync(client, table, id, owner, options.LockTtl, ct);
        if (!attempt.Acquired)
        {
            console.Line($"Employee: {id} cannot be updated. Employee locked.");
            return new UpdateEmployeeResult(table, id, false, true, attempt.HeldBy, null, null, null, null, Seconds.Of(watch));
        }
        var master = attempt.Master!;
        var name = master["name"].S;
        var oldState = master["state"].S;
        if (attempt.TookOverFrom is not null) console.Line($"Took over an expired lock held by {attempt.TookOverFrom}.");
        console.Line($"Updating the items related to the employee {name}{(options.Hold > TimeSpan.Zero ? $" Please wait {options.Hold.TotalSeconds:0} seconds" : "")}");
        await Task.Delay(options.Hold, ct);

        var writes = new List<TransactWriteItem>
        {
            new()
            {
                Update = new Update
                {
                    TableName = table,
                    Key = EmployeeLock.MasterKey(id),
                    UpdateExpression = "SET #state = :state, city = :city, dept = :dept, city_dept = :cityDept, #lock = :free REMOVE lock_owner, lock_expires",
                    ConditionExpression = "lock_owner = :owner",
                    ExpressionAttributeNames = new() { ["#state"] = "state", ["#lock"] = "lock" },
                    ExpressionAttributeValues = new()
                    {
                        [":state"] = LogItem.S(options.State), [":city"] = LogItem.S(options.City), [":dept"] = LogItem.S(options.Dept),
                        [":cityDept"] = LogItem.S($"{options.City}:{options.Dept}"), [":free"] = LogItem.S(EmployeeItems.Unlocked),
                        [":owner"] = LogItem.S(owner),
                    },
                },
            },
        };
        if (oldState != options.State)
        {
            writes.Add(new() { Delete = new Delete { TableName = table, Key = new() { ["employeeid"] = LogItem.N(id), ["colA"] = LogItem.S(EmployeeItems.StateKey(oldState)) } } });
            var moved = new Dictionary<string, AttributeValue>
            {
                ["employeeid"] = LogItem.N(id), ["colA"] = LogItem.S(EmployeeItems.StateKey(options.State)), ["name"] = LogItem.S(name),
            };
            if (master.TryGetValue("hire_date", out var hire)) moved["hire_date"] = hire;
            writes.Add(new() { Put = new Put { TableName = table, Item = moved } });
        }

        try
        {
            await client.TransactWriteItemsAsync(new TransactWriteItemsRequest { TransactItems = writes }, ct);
        }
        catch (TransactionCanceledException e) when (e.CancellationReasons?.FirstOrDefault()?.Code == "ConditionalCheckFailed")
        {
            throw new WorkshopException($"employee {id}: our lock expired (--lock-ttl {options.LockTtl.TotalSeconds} s) and another updater took it over; nothing was changed by this run.");
        }
        var seconds = Seconds.Of(watch);
        console.Line($"Employee: {id} updated to {options.City} / {options.State}.");
        return new UpdateEmployeeResult(table, id, true, false, null, attempt.TookOverFrom, oldState, options.State, options.City, seconds);
    }
}
