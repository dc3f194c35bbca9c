package com.example.inventory.model;

/** Product categories; perishable goods have a shelf life. */
public enum Category {
  GROCERY(true) {
    @Override
    public int shelfLifeDays() {
      return 14;
    }
  },
  HARDWARE(false),
  CLOTHING(false),
  DAIRY(true) {
    @Override
    public int shelfLifeDays() {
      return 7;
    }
  };

  private final boolean perishable;

  Category(boolean perishable) {
    this.perishable = perishable;
  }

  public boolean isPerishable() {
    return perishable;
  }

  public int shelfLifeDays() {
    return Integer.MAX_VALUE;
  }

  public static Category parse(String text) {
    return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
