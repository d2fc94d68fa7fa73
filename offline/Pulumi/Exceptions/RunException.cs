using System;
using System.Collections.Generic;

namespace Pulumi
{
    /// <summary>An error in the program that is reported without a stack trace (e.g. missing configuration).</summary>
    public class RunException : Exception
    {
        public RunException(string message)
            : base(message)
        {
        }

        public RunException(string message, Exception? innerException)
            : base(message, innerException)
        {
        }

        public static RunException OutputsHaveIncorrectType(IEnumerable<string> outputAttributeNames)
            => new RunException($"Output(s) '{string.Join(", ", outputAttributeNames)}' have incorrect type. [Output] attributed properties must be instances of Output<T>.");
    }
}
