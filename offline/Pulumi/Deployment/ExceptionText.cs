using System;
using System.Linq;
using System.Text;

namespace Pulumi
{
    /// <summary>
    /// An exception as the real runner writes it (Ben.Demystifier's ToStringDemystified, which Pulumi 3.90.0 uses): the
    /// type and message, a line break, the stack frames (without the "--- End of stack trace from previous location ---"
    /// markers), then each inner exception after " ---> " and its own frames, closed by
    /// "   --- End of inner exception stack trace ---". The frames are .NET's own text, not Demystifier's rewriting of them.
    /// </summary>
    internal static class ExceptionText
    {
        public static string Of(Exception exception)
        {
            var builder = new StringBuilder();
            Append(builder, exception);
            return builder.ToString();
        }

        private static void Append(StringBuilder builder, Exception exception)
        {
            builder.Append(exception.GetType());
            if (!string.IsNullOrEmpty(exception.Message))
            {
                builder.Append(": ").Append(exception.Message);
            }

            builder.Append(Environment.NewLine);
            var frames = (exception.StackTrace ?? "")
                .Split(new[] { "\r\n", "\n" }, StringSplitOptions.RemoveEmptyEntries)
                .Where(line => !line.StartsWith("--- End of stack trace", StringComparison.Ordinal));
            builder.Append(string.Join(Environment.NewLine, frames));

            var inners = exception is AggregateException aggregate ? aggregate.InnerExceptions.ToArray()
                : exception.InnerException != null ? new[] { exception.InnerException } : Array.Empty<Exception>();
            foreach (var inner in inners)
            {
                builder.Append(" ---> ");
                Append(builder, inner);
                builder.Append(Environment.NewLine).Append("   --- End of inner exception stack trace ---");
            }
        }
    }
}
