namespace Amazon.Lambda.Core
{
    using System.Text;

    // Internal helper (not part of the public surface): the facade has no Lambda runtime to do
    // structured-logging formatting, so parameterised messages are written with their arguments appended.
    internal static class LogFormatting
    {
        internal static string WithArguments(string message, object[] args)
        {
            if (args == null || args.Length == 0)
            {
                return message;
            }
            var text = new StringBuilder(message).Append(" Arguments:");
            foreach (var arg in args)
            {
                text.Append(" \"").Append(arg).Append('"');
            }
            return text.ToString();
        }
    }
}
