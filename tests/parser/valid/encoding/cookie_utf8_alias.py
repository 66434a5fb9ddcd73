# coding=utf8
x = '€'
