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
            RootDirectory = options?.RootDirectory;
            IsDryRun = options?.IsPreview ?? true;
            Config = OfflineConfig.Parse(Environment.GetEnvironmentVariable("PULUMI_CONFIG"));
            ConfigSecretKeys = OfflineConfig.ParseSecretKeys(Environment.GetEnvironmentVariable("PULUMI_CONFIG_SECRET_KEYS"));
        }

        /// <summary>The deployment the calling code runs in, if any.</summary>
        public static OfflineDeployment? Current => CurrentDeployment.Value;

        public static OfflineDeployment Instance
            => Current ?? throw new InvalidOperationException("Trying to acquire Deployment.Instance before 'Run' was called.");

        public IMocks Mocks { get; }

        public string ProjectName { get; }

        public string StackName { get; }

        public string OrganizationName { get; }

        /// <summary>Null unless TestOptions.RootDirectory is set; DeploymentInstance.RootDirectory then fails, as in the real SDK.</summary>
        public string? RootDirectory { get; }

        public bool IsDryRun { get; }

        public ImmutableDictionary<string, string> Config { get; }

        public ImmutableHashSet<string> ConfigSecretKeys { get; }

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
        /// Runs <paramref name="createStack"/> as the program and returns the resources plus the error to throw (null if
        /// the run succeeded), as the real Runner and TestAsync do (Deployment.Runner.cs, Deployment_Run.cs, v3.90.0):
        /// a failure while building the stack ends the run at once; otherwise the run waits until every task it started
        /// is done or one has failed (tasks still running are not waited for). Errors are reported in the order they
        /// were logged: Log.Error messages as given, RunExceptions by message, other exceptions as "Running program
        /// '&lt;entry assembly&gt;' failed with an unhandled exception:" and the exception's text. One error becomes a
        /// RunException of that text with no inner exception, several an AggregateException of them. A run that hit an
        /// exception leaves Environment.ExitCode at 32, as the real runner does.
        /// </summary>
        public async Task<(ImmutableArray<Resource> Resources, Exception? Error)> RunAsync(Func<Stack> createStack)
        {
            CurrentDeployment.Value = this;
            var thrown = new List<Exception>();
            try
            {
                var stack = createStack();
                stack.RegisterPropertyOutputs();
                thrown.AddRange(await WaitForTasksAsync().ConfigureAwait(false));
            }
            catch (Exception ex)
            {
                thrown.Add(ex is TargetInvocationException { InnerException: { } inner } ? inner : ex);
            }

            ImmutableArray<Resource> resources;
            List<string> errors;
            lock (_gate)
            {
                resources = _resources.ToImmutableArray();
                errors = _loggedErrors.Concat(thrown.Distinct().Select(Describe)).ToList();
            }

            if (thrown.Count > 0)
            {
                Environment.ExitCode = 32;
            }

            Exception? error = errors.Count switch
            {
                0 => null,
                1 => new RunException(errors[0]),
                _ => new AggregateException(errors.Select(message => new RunException(message))),
            };
            return (resources, error);
        }

        /// <summary>Waits until every registered task has finished or any has failed; returns the failures seen by then.</summary>
        private async Task<List<Exception>> WaitForTasksAsync()
        {
            while (true)
            {
                Task[] pending;
                lock (_gate)
                {
                    var failed = _tasks.Where(t => t.IsFaulted).SelectMany(t => t.Exception!.InnerExceptions).Distinct().ToList();
                    if (failed.Count > 0)
                    {
                        return failed;
                    }

                    pending = _tasks.Where(t => !t.IsCompleted).ToArray();
                }

                if (pending.Length == 0)
                {
                    return new List<Exception>();
                }

                await Task.WhenAny(pending).ConfigureAwait(false);
            }
        }

        /// <summary>The message the real runner logs for an exception (and TestAsync then throws).</summary>
        private static string Describe(Exception exception)
            => exception switch
            {
                RunException => exception.Message,
                ResourceException { HideStack: true } => exception.Message,
                ResourceException => ExceptionText.Of(exception),
                _ => $"Running program '{Assembly.GetEntryAssembly()?.Location}' failed with an unhandled exception:\n{ExceptionText.Of(exception)}",
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
