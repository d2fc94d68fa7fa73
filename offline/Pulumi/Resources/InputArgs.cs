namespace Pulumi
{
    /// <summary>
    /// Base of every args class. Its members marked [Input("wireName")] (properties or private backing
    /// fields) are what the resource or invoke sends, under their wire names.
    /// </summary>
    public abstract class InputArgs
    {
        protected InputArgs()
        {
        }
    }
}
