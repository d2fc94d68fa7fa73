using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Lab.Workshop.Data;

namespace Lab.Workshop.Exercises;

/// <summary>The outcome of trying to take an employee's lock.</summary>
/// <param name="Acquired">False: someone else holds a lock that has not expired.</param>
/// <param name="TookOverFrom">The owner of an expired lock we replaced (a crashed updater), if any.</param>
public sealed record LockAttempt(bool Acquired, string? HeldBy, string? TookOverFrom, Dictionary<string, AttributeValue>? Master);

/// <summary>
/// Exercise 7's lock on the master item, corrected: besides lock "0"/"1" it records an owner and an
/// expiry (epoch ms), so a crash between lock and release is recoverable — an expired lock can be taken over.
/// </summary>
public static class EmployeeLock
{
    public const string Locked = "1";

    public static async Task<LockAttempt> AcquireAsync(IAmazonDynamoDB client, string table, long employeeId, string owner, TimeSpan ttl, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        try
        {
            var response = await client.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = table,
                Key = MasterKey(employeeId),
                UpdateExpression = "SET #lock = :locked, lock_owner = :owner, lock_expires = :expires",
                ConditionExpression = "attribute_exists(employeeid) AND (#lock = :free OR (#lock = :locked AND lock_expires < :now))",
                ExpressionAttributeNames = new() { ["#lock"] = "lock" },
                ExpressionAttributeValues = new()
                {
                    [":locked"] = LogItem.S(Locked), [":free"] = LogItem.S(EmployeeItems.Unlocked), [":owner"] = LogItem.S(owner),
                    [":expires"] = LogItem.N(now + (long)ttl.TotalMilliseconds), [":now"] = LogItem.N(now),
                },
                ReturnValues = ReturnValue.ALL_OLD,
                ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
            }, ct);
            var old = response.Attributes;
            var tookOver = old.TryGetValue("lock", out var l) && l.S == Locked && old.TryGetValue("lock_owner", out var o) ? o.S : null;
            return new LockAttempt(true, null, tookOver, old);
        }
        catch (ConditionalCheckFailedException e)
        {
            if (e.Item is not { Count: > 0 } current)
                throw new WorkshopException($"employee {employeeId} not found in table '{table}' (no master item).");
            return new LockAttempt(false, current.TryGetValue("lock_owner", out var o) ? o.S : "(unknown)", null, current);
        }
    }

    public static Dictionary<string, AttributeValue> MasterKey(long employeeId) => new()
    {
        ["employeeid"] = LogItem.N(employeeId),
        ["colA"] = LogItem.S(EmployeeItems.Master),
    };
}
