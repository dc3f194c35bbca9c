package com.example;

import com.example.util.Strings;
import com.example.util.StringHelper;

public final class App {
  public static void main(String[] args) {
    System.out.println(Strings.shout("hello") + StringHelper.class);
  }
}
