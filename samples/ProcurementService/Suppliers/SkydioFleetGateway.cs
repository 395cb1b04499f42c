namespace ProcurementService.Suppliers;

/// <summary>Inspection drones for the warehouse fleet.</summary>
public sealed class SkydioFleetGateway : ISupplierGateway
{
    private const string VendorName = "Skydio Inc.";

    public string SupplierId => VendorName;

    public PurchaseOrderReceipt Submit(PurchaseOrder order) => new(SupplierId, $"SKY-{order.PartNumber}");
}
