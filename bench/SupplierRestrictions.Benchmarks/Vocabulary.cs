namespace SupplierRestrictions.Benchmarks;

/// <summary>
/// Words of ordinary business code. None of them is a whole restricted name (the planted references are the
/// only matches, and the benchmark asserts that), but some are first words of names ("Global", "Advanced",
/// "National"), so the matcher really walks into its index and back out, as it would on real code.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] Nouns =
    {
        "Order", "Customer", "Invoice", "Payment", "Shipment", "Account", "Ledger", "Report", "Schedule", "Inventory",
        "Product", "Catalog", "Price", "Discount", "Tax", "Address", "Contact", "Session", "Token", "Cache",
        "Queue", "Batch", "Job", "Metric", "Event", "Audit", "Policy", "Rule", "Quota", "Region",
        "Tenant", "Warehouse", "Carrier", "Route", "Parcel", "Label", "Document", "Template", "Message", "Notification",
        "Channel", "Subscription", "Plan", "Budget", "Forecast", "Contract", "Claim", "Ticket", "Incident", "Asset",
        "Device", "Sensor", "Reading", "Sample", "Measurement", "Currency", "Rate", "Balance", "Transfer", "Refund",
        "Receipt", "Profile", "Preference", "Setting", "Feature", "Flag", "Module", "Component", "Workflow", "Step",
        "Stage", "Pipeline", "Record", "Entry", "Field", "Column", "Table", "Query", "Filter", "Page",
        "Cursor", "Snapshot", "Version", "Revision", "Change", "Patch", "Commit", "Artifact", "Package", "Release",
        "Deployment", "Cluster", "Replica", "Shard", "Partition", "Segment", "Chunk", "Buffer", "Frame", "Packet",
        "Supplier", "Vendor", "Part", "Component", "Material", "Lot", "Bin", "Pallet", "Container", "Manifest",
        "Quote", "Bid", "Tender", "Approval", "Review", "Comment", "Attachment", "Signature", "Certificate", "Permit",
    };

    public static readonly string[] Verbs =
    {
        "Get", "Load", "Save", "Update", "Delete", "Create", "Build", "Validate", "Compute", "Calculate",
        "Apply", "Merge", "Split", "Parse", "Format", "Render", "Send", "Receive", "Publish", "Resolve",
        "Find", "Map", "Reduce", "Aggregate", "Normalize", "Refresh", "Reset", "Register", "Cancel", "Retry",
        "Archive", "Restore", "Export", "Import", "Sync", "Reconcile", "Approve", "Reject", "Submit", "Enqueue",
        "Dequeue", "Flush", "Track", "Measure", "Estimate", "Allocate", "Release", "Reserve", "Assign", "Route",
    };

    public static readonly string[] Adjectives =
    {
        "Pending", "Active", "Default", "Current", "Previous", "Next", "Total", "Partial", "Primary", "Secondary",
        "Local", "Remote", "Internal", "External", "Shared", "Cached", "Raw", "Final", "Initial", "Max",
        "Min", "Average", "Daily", "Monthly", "Annual", "Open", "Closed", "Valid", "Bulk", "Scheduled",
        "Global", "Advanced", "National", "United", "Pacific", "Northern", "General", "Standard", "Premier", "Central",
    };

    public static readonly string[] Suffixes =
    {
        "Service", "Manager", "Repository", "Handler", "Processor", "Controller", "Provider", "Factory", "Builder", "Validator",
        "Calculator", "Formatter", "Parser", "Mapper", "Client", "Options", "Context", "Coordinator", "Engine", "Store",
        "Registry", "Tracker", "Monitor", "Scheduler", "Dispatcher", "Policy", "Strategy", "Adapter", "Gateway", "Importer",
    };

    public static readonly string[] Areas =
    {
        "Billing", "Procurement", "Sourcing", "Fulfillment", "Inventory", "Reporting", "Identity", "Catalog", "Pricing", "Shipping",
        "Compliance", "Quality", "Planning", "Maintenance", "Finance", "Messaging", "Scheduling", "Analytics", "Warehousing", "Receiving",
    };

    public static readonly string[] Sentences =
    {
        "could not be processed", "was not found", "is already registered", "has expired", "must not be empty",
        "exceeds the configured limit", "was rejected by the remote endpoint", "is waiting for approval",
        "completed successfully", "was skipped because it is disabled", "is out of range", "has been archived",
        "will be retried later", "requires a valid certificate", "is locked by another session", "was updated concurrently",
    };

    public static readonly string[] Hosts =
    {
        "https://api.contoso.example/v2/", "https://erp.fabrikam.example/odata/", "https://portal.northwind.example/rest/",
        "https://files.adatum.example/share/", "https://events.tailspin.example/ingest/",
    };
}
