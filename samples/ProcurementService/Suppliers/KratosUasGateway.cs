namespace ProcurementService.Suppliers;

/// <summary>
/// Spare parts for target drones. Kratos Unmanned Aerial Systems is on China's Unreliable Entity List; the
/// suspension of that listing ended on 2026-11-09, so from 2026-11-10 this class is reported (SR1001).
/// </summary>
public sealed class KratosUasGateway : ISupplierGateway
{
    public string SupplierId => "Kratos UAS";

    public PurchaseOrderReceipt Submit(PurchaseOrder order) =>
        new(SupplierId, $"KRATOS-{order.PartNumber}-{order.Quantity}");
}
