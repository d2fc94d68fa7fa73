using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Pulumi.Serialization;
using Pulumi.Testing;

namespace Pulumi
{
    /// <summary>
    /// One run of a program against <see cref="IMocks"/>: what the real SDK splits between Deployment,
    /// its Runner, MockMonitor and MockEngine. It records the resources in creation order (the stack first),
    /// tracks every task the program starts so the run ends only when all have finished, and keeps the
    /// exceptions and logged errors the run produced.
    /// </summary>
    internal sealed class OfflineDeployment
    {
        private static readonly AsyncLocal<OfflineDeployment?> CurrentDeployment = new AsyncLocal<OfflineDeployment?>();

        private readonly object _gate = new object();
        private readonly List<Resource> _resources = new List<Resource>();
        private readonly List<Task> _tasks = new List<Task>();
        private readonly List<string> _loggedErrors = new List<string>();

        public OfflineDeployment(IMocks mocks, TestOptions? options)
        {
            Mocks = mocks;
            ProjectName = options?.ProjectName ?? "project";
            StackName = options?.StackName ?? "stack";
            OrganizationName = options?.OrganizationName ?? "organization";
            RootDirectory = options?.RootDirectory ?? "projectRoot";
            IsDryRun = options?.IsPreview ?? true;
            Config = OfflineConfig.Parse(Environment.GetEnvironmentVariable("PULUMI_CONFIG"));
        }

        /// <summary>The deployment the calling code runs in, if any.</summary>
        public static OfflineDeployment? Current => CurrentDeployment.Value;

        public static OfflineDeployment Instance
            => Current ?? throw new InvalidOperationException(
                "Trying to acquire Deployment.Instance before 'Run' was called. This offline facade runs programs only " +
                "through Deployment.TestAsync (with IMocks).");

        public IMocks Mocks { get; }

        public string ProjectName { get; }

        public string StackName { get; }

        public string OrganizationName { get; }

        public string RootDirectory { get; }

        public bool IsDryRun { get; }

        public ImmutableDictionary<string, string> Config { get; }

        public Stack? Stack { get; set; }

        public void AddResource(Resource resource)
        {
            lock (_gate)
            {
                _resources.Add(resource);
            }
        }

        public void RegisterTask(Task task)
        {
            lock (_gate)
            {
                _tasks.Add(task);
            }
        }

        public void LogError(string message)
        {
            lock (_gate)
            {
                _loggedErrors.Add(message);
            }
        }

        /// <summary>
        /// Runs <paramref name="createStack"/> as the program, waits for everything it started, and returns
        /// the resources plus the error to throw (null if the run succeeded).
        /// </summary>
        public async Task<(ImmutableArray<Resource> Resources, Exception? Error)> RunAsync(Func<Stack> createStack)
        {
            CurrentDeployment.Value = this;
            var thrown = new List<Exception>();
            try
            {
                var stack = createStack();
                if (stack is not TestStack)
                {
                    stack.RegisterPropertyOutputs();
                }
            }
            catch (Exception ex)
            {
                thrown.Add(ex is TargetInvocationException { InnerException: { } inner } ? inner : ex);
            }

            thrown.AddRange(await WaitForAllTasksAsync().ConfigureAwait(false));
            ImmutableArray<Resource> resources;
            List<string> errors;
            lock (_gate)
            {
                resources = _resources.ToImmutableArray();
                errors = thrown.Distinct().Select(Describe).Concat(_loggedErrors).ToList();
            }

            Exception? error = errors.Count switch
            {
                0 => null,
                1 => new RunException(errors[0], thrown.FirstOrDefault()),
                _ => new AggregateException(errors.Select(message => new RunException(message))),
            };
            return (resources, error);
        }

        private async Task<List<Exception>> WaitForAllTasksAsync()
        {
            while (true)
            {
                Task[] pending;
                lock (_gate)
                {
                    pending = _tasks.Where(t => !t.IsCompleted).ToArray();
                }

                if (pending.Length == 0)
                {
                    break;
                }

                try
                {
                    await Task.WhenAll(pending).ConfigureAwait(false);
                }
                catch
                {
                    // Collected below from every faulted task, so that none is lost.
                }
            }

            lock (_gate)
            {
                return _tasks.Where(t => t.IsFaulted)
                    .SelectMany(t => t.Exception!.InnerExceptions)
                    .Distinct()
                    .ToList();
            }
        }

        /// <summary>The message the real runner logs for an exception (and TestAsync then throws).</summary>
        private static string Describe(Exception exception)
            => exception switch
            {
                RunException => exception.Message,
                ResourceException { HideStack: true } => exception.Message,
                ResourceException => exception.ToString(),
                _ => $"Running program '{Assembly.GetEntryAssembly()?.Location}' failed with an unhandled exception:\n{exception}",
            };

        public void RegisterResourceOutputs(Resource resource, Output<IDictionary<string, object?>> outputs)
            => RegisterTask(SendResourceOutputsAsync(resource, outputs));

        private async Task SendResourceOutputsAsync(Resource resource, Output<IDictionary<string, object?>> outputs)
        {
            var data = await outputs.DataTask.ConfigureAwait(false);
            var urn = await resource.UrnData.ConfigureAwait(false);
            var wire = await new WireSerializer()
                .SerializeAsync($"{resource.GetResourceType()} '{resource.GetResourceName()}' outputs", data.IsKnown ? data.Value : null)
                .ConfigureAwait(false) as ImmutableDictionary<string, object?> ?? ImmutableDictionary<string, object?>.Empty;
            var presented = wire.ToImmutableDictionary(
                entry => entry.Key,
                entry => new Output<object?>(Task.FromResult(WireConverter.Convert(entry.Value, typeof(object), entry.Key))));
            await Mocks.RegisterResourceOutputs(new MockRegisterResourceOutputsRequest(urn, presented)).ConfigureAwait(false);
        }
    }
}
