package dev.gatehouse.bot; public final class Main { public static void main(String[] a) {} }
