package dev.callout.domain.money;

/** An amount divided into the platform's fee and the provider's net. */
public record FeeSplit(Money amount, Money fee, Money net) {

    public FeeSplit {
        if (!fee.plus(net).equals(amount)) {
            throw new IllegalArgumentException("fee " + fee + " + net " + net + " != amount " + amount);
        }
    }
}
