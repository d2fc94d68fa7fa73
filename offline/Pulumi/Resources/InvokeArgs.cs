namespace Pulumi
{
    /// <summary>Base of the argument classes of invokes (data sources such as getCallerIdentity).</summary>
    public abstract class InvokeArgs : InputArgs
    {
        public static readonly InvokeArgs Empty = new EmptyInvokeArgs();

        protected InvokeArgs()
        {
        }

        private sealed class EmptyInvokeArgs : InvokeArgs
        {
        }
    }
}
